using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Register.Rendering.OpenXml;

/// <summary>
/// Writes WordprocessingML (prefix <c>w</c>) element by element onto a part's stream, as UTF-8 bytes into a pooled
/// buffer: the bytes an <see cref="XmlWriter"/> with the settings <c>OpenXmlWriter.Create(Stream)</c> uses writes
/// (<see cref="Settings"/>: UTF-8 with a byte order mark, the standalone declaration, <c>" />"</c> for an empty element,
/// its escaping and line breaks, an error for a character XML forbids), which are the bytes the OpenXml element objects
/// gave, without the writer's checks and namespace lookups per element. The caller writes elements, children and
/// attributes in the schema's order, as the element objects did, and declares the <c>r</c> prefix at the root before
/// using it.
/// </summary>
internal sealed class WordXml : IDisposable
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The settings of <c>OpenXmlWriter.Create(Stream)</c>, for any part written with an <see cref="XmlWriter"/>.</summary>
    public static readonly XmlWriterSettings Settings = new() { CloseOutput = false, Encoding = Encoding.UTF8 };

    private const int BufferSize = 1 << 16;

    private static readonly byte[] Declaration = Encoding.UTF8.GetBytes("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>");
    private static readonly byte[] WordDeclaration = Encoding.UTF8.GetBytes($" xmlns:w=\"{Namespace}\"");
    private static readonly byte[] RelationshipsDeclaration = Encoding.UTF8.GetBytes($" xmlns:r=\"{PackageParts.RelationshipsNamespace}\"");
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Settings.NewLineChars);
    private static readonly byte[] Replacement = Encoding.UTF8.GetBytes(XmlSafeText.Replacement.ToString());

    // What the XmlWriter escapes or refuses among ASCII: markup characters, line breaks (and in attributes '"' and tabs)
    // and the C0 controls XML 1.0 forbids. ASCII-only sets are searched fastest; beyond ASCII only surrogates (a pair is
    // written as it is, a lone one refused) and U+FFFE/U+FFFF need a look, all at U+D800 and above.
    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("&<>\r\n" + XmlSafeText.Controls);
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("&<>\"\t\r\n" + XmlSafeText.Controls);

    private readonly Stream _stream;
    private readonly Stack<string> _open = new();
    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _length;
    private bool _inStartTag;
    private bool _wordDeclared;
    private bool _relationshipsDeclared;

    /// <summary>Starts a part on <paramref name="stream"/> with the XML declaration (standalone).</summary>
    public WordXml(Stream stream)
    {
        _stream = stream;
        WriteBytes(Declaration);
    }

    /// <summary>Declares the <c>w</c> and <c>r</c> prefixes on the element just started (the document's root).</summary>
    public void DeclarePrefixes()
    {
        WriteBytes(WordDeclaration);
        WriteBytes(RelationshipsDeclaration);
        _wordDeclared = _relationshipsDeclared = true;
    }

    public void Start(string name)
    {
        EndStartTag();
        WriteAscii("<w:");
        WriteAscii(name);
        _open.Push(name);
        _inStartTag = true;
    }

    public void Attribute(string name, string value)
    {
        WriteAscii(" w:");
        WriteAscii(name);
        WriteAttributeValue(value);
    }

    public void Attribute(string name, int value) => Attribute(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The <c>r:id</c> of a relationship.</summary>
    public void RelationshipId(string id)
    {
        if (!_relationshipsDeclared)
        {
            throw new InvalidOperationException("The r prefix is declared at the root (DeclarePrefixes) before an r:id.");
        }

        WriteAscii(" r:id");
        WriteAttributeValue(id);
    }

    public void End()
    {
        if (_inStartTag)
        {
            FinishStartTag(" />");
            _open.Pop();
            return;
        }

        var name = _open.Pop();
        WriteAscii("</w:");
        WriteAscii(name);
        WriteAscii(">");
    }

    public void Empty(string name)
    {
        Start(name);
        End();
    }

    public void Empty(string name, string attribute, string value)
    {
        Start(name);
        Attribute(attribute, value);
        End();
    }

    /// <summary>A text element (<c>t</c>, <c>instrText</c>) holding <paramref name="text"/>, spaces kept when <paramref name="preserve"/>.</summary>
    public void Text(string name, string text, bool preserve = true) => Text(name, text, preserve, clean: false);

    /// <summary>
    /// A <c>t</c> element holding <paramref name="text"/> (spaces kept) with every character XML forbids written as
    /// <see cref="XmlSafeText.Replacement"/>: the bytes of <c>Text("t", XmlSafeText.Clean(text))</c>, in one pass.
    /// </summary>
    public void SafeText(ReadOnlySpan<char> text) => Text("t", text, preserve: true, clean: true);

    private void Text(string name, ReadOnlySpan<char> text, bool preserve, bool clean)
    {
        Start(name);
        if (preserve)
        {
            WriteAscii(" xml:space=\"preserve\"");
        }

        EndStartTag();
        WriteEscaped(text, TextSpecial, attribute: false, clean);
        End();
    }

    /// <summary>Ends what is still open and writes what is buffered; the stream stays open.</summary>
    public void Close()
    {
        while (_open.Count > 0)
        {
            End();
        }

        Flush();
        _stream.Flush();
        Release();
    }

    /// <summary>Releases the buffer; what was not closed is not written (the part is incomplete, as after an error).</summary>
    public void Dispose() => Release();

    private void Release()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }

    private void EndStartTag()
    {
        if (_inStartTag)
        {
            FinishStartTag(">");
        }
    }

    // The XmlWriter declares the root's own prefix at the end of its start tag unless the caller did.
    private void FinishStartTag(string close)
    {
        if (_open.Count == 1 && !_wordDeclared)
        {
            WriteBytes(WordDeclaration);
            _wordDeclared = true;
        }

        WriteAscii(close);
        _inStartTag = false;
    }

    private void WriteAttributeValue(string value)
    {
        WriteAscii("=\"");
        WriteEscaped(value, AttributeSpecial, attribute: true, clean: false);
        WriteAscii("\"");
    }

    // With clean, a character XML forbids is written as XmlSafeText.Replacement; without, it is refused as the XmlWriter does.
    private void WriteEscaped(ReadOnlySpan<char> text, SearchValues<char> special, bool attribute, bool clean)
    {
        while (true)
        {
            var next = text.IndexOfAny(special);
            var beyond = (next < 0 ? text : text[..next]).IndexOfAnyInRange('\uD800', '\uFFFF');
            if (beyond >= 0)
            {
                next = beyond;
            }

            if (next < 0)
            {
                WriteUtf8(text);
                return;
            }

            WriteUtf8(text[..next]);
            var c = text[next];
            var taken = 1;
            switch (c)
            {
                case '&':
                    WriteAscii("&amp;");
                    break;
                case '<':
                    WriteAscii("&lt;");
                    break;
                case '>':
                    WriteAscii("&gt;");
                    break;
                case '"':
                    WriteAscii("&quot;");
                    break;
                case '\t':
                    WriteAscii("&#x9;");
                    break;
                case '\n' when attribute:
                    WriteAscii("&#xA;");
                    break;
                case '\r' when attribute:
                    WriteAscii("&#xD;");
                    break;
                case '\n':
                    WriteBytes(NewLine);
                    break;
                case '\r':
                    // "\r\n" and a lone "\r" are each one line break.
                    taken = next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1;
                    WriteBytes(NewLine);
                    break;
                case >= '\uD800' when char.IsHighSurrogate(c) && next + 1 < text.Length && char.IsLowSurrogate(text[next + 1]):
                    WriteUtf8(text.Slice(next, 2));
                    taken = 2;
                    break;
                case >= '\uD800' and < '\uFFFE' when !char.IsSurrogate(c):
                    // A character of the private use area or beyond, which XML allows.
                    WriteUtf8(text.Slice(next, 1));
                    break;
                default:
                    if (!clean)
                    {
                        throw new ArgumentException($"'{c}', hexadecimal value 0x{(int)c:X2}, is an invalid character.");
                    }

                    WriteBytes(Replacement);
                    break;
            }

            text = text[(next + taken)..];
        }
    }

    private void WriteUtf8(ReadOnlySpan<char> text)
    {
        // No surrogate reaches here alone (they are special), so the text can be cut anywhere.
        const int Piece = BufferSize / 4;
        while (text.Length > 0)
        {
            var piece = text[..Math.Min(text.Length, Piece)];
            Reserve(piece.Length * 3);
            _length += Encoding.UTF8.GetBytes(piece, _buffer.AsSpan(_length));
            text = text[piece.Length..];
        }
    }

    private void WriteAscii(string text)
    {
        Reserve(text.Length);
        var buffer = _buffer!;
        for (var i = 0; i < text.Length; i++)
        {
            buffer[_length + i] = (byte)text[i];
        }

        _length += text.Length;
    }

    private void WriteBytes(byte[] bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Reserve(int bytes)
    {
        ObjectDisposedException.ThrowIf(_buffer is null, this);
        if (_length + bytes > _buffer.Length)
        {
            Flush();
        }
    }

    private void Flush()
    {
        _stream.Write(_buffer!, 0, _length);
        _length = 0;
    }
}
