using Register.Diagnostics;
using Register.Loading.Yaml;

namespace Register.Vocabulary;

/// <summary>
/// The YAML trees of the built-in vocabulary files, parsed when Register is compiled (src/Register.Generators,
/// VocabularyTreeGenerator) and rebuilt here without parsing: the same nodes, values and places
/// <see cref="SafeYamlReader"/> gives for the file.
/// </summary>
internal static partial class EmbeddedTrees
{
    private const int PlainScalar = 0;
    private const int QuotedScalar = 1;
    private const int MappingStart = 2;
    private const int SequenceStart = 3;
    private const int End = 4;

    /// <summary>The tree of the data file <paramref name="file"/> as the user would see it named <paramref name="shownAs"/>; null when the build wrote none for it.</summary>
    public static YNode? Read(string file, string shownAs)
    {
        if (!Data(file, out var joined, out var events))
        {
            return null;
        }

        var reader = new Reader(events);
        var texts = new string[reader.Next()];
        var offset = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            var length = reader.Next();
            texts[i] = joined.Substring(offset, length);
            offset += length;
        }

        // As YamlTreeBuilder: an open list gathers its items, an open mapping its keys and values in turn.
        var open = new Stack<(SourceLocation At, List<YNode>? Items, List<YEntry>? Entries, YScalar? Key)>();
        YNode? root = null;
        while (!reader.AtEnd)
        {
            var code = reader.Next();
            YNode node;
            switch (code)
            {
                case PlainScalar or QuotedScalar:
                    var at = new SourceLocation(shownAs, reader.Next(), reader.Next());
                    node = new YScalar(at, texts[reader.Next()], code == PlainScalar);
                    break;
                case MappingStart:
                    open.Push((new SourceLocation(shownAs, reader.Next(), reader.Next()), null, [], null));
                    continue;
                case SequenceStart:
                    open.Push((new SourceLocation(shownAs, reader.Next(), reader.Next()), [], null, null));
                    continue;
                case End:
                    var done = open.Pop();
                    node = done.Entries is { } entries ? new YMapping(done.At, entries) : new YSequence(done.At, done.Items!);
                    break;
                default:
                    throw new InvalidOperationException($"The built-in tree of {file} holds an unknown event {code}.");
            }

            if (open.Count == 0)
            {
                root = node;
                continue;
            }

            var parent = open.Pop();
            if (parent.Items is { } items)
            {
                items.Add(node);
            }
            else if (parent.Key is null)
            {
                parent.Key = (YScalar)node;
            }
            else
            {
                parent.Entries!.Add(new YEntry(parent.Key, node));
                parent.Key = null;
            }

            open.Push(parent);
        }

        return root;
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public readonly bool AtEnd => _at >= _bytes.Length;

        // An unsigned LEB128 varint, as the generator writes every number.
        public int Next()
        {
            var value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = _bytes[_at++];
                value |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }
    }
}
