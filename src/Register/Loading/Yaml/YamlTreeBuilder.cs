using Register.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Register.Loading.Yaml;

/// <summary>Turns a YAML event stream into a <see cref="YNode"/> tree with an explicit stack, enforcing the limits as it goes.</summary>
internal sealed class YamlTreeBuilder(string file, YamlLimits limits, DiagnosticBag diagnostics, ScalarPool? scalars = null)
{
    private readonly Stack<Frame> _stack = new();
    private readonly Dictionary<string, (YNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
    private long _nodes;
    private int _aliases;
    private int _documents;

    public YNode? Root { get; private set; }

    /// <summary>Takes one event; false means reading must stop (a limit was hit or the file is unusable).</summary>
    public bool Accept(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart:
                if (++_documents > 1)
                {
                    diagnostics.Report(Rules.MultipleDocuments, At(e.Start),
                        "This file holds a second YAML document (after '---'); each register file holds exactly one.",
                        "Move the second document into a file of its own, or remove the '---' line.");
                    return false;
                }

                return true;
            case Scalar scalar:
                CheckTag(scalar.Tag, scalar.Start);
                if (scalar.Style == ScalarStyle.DoubleQuoted && SafeYamlReader.ForbiddenInValue(scalar.Value) is { } forbidden)
                {
                    // An escape such as "\u202E" or "\e" writes the character the file itself may not hold.
                    diagnostics.Report(Rules.ControlCharacter, At(scalar.Start),
                        $"This quoted value contains {forbidden} (written as an escape), which cannot appear in register text.",
                        "Remove the escape sequence; register text needs no invisible or control characters.");
                }

                return Add(new YScalar(At(scalar.Start), scalars?.Share(scalar.Value) ?? scalar.Value, scalar.Style == ScalarStyle.Plain), 1, 1, scalar.Anchor);
            case SequenceStart start:
                CheckTag(start.Tag, start.Start);
                return Push(new Frame(At(start.Start), isMapping: false, start.Anchor));
            case MappingStart start:
                CheckTag(start.Tag, start.Start);
                return Push(new Frame(At(start.Start), isMapping: true, start.Anchor));
            case SequenceEnd or MappingEnd:
                var frame = _stack.Pop();
                // The children were counted as they arrived; the list or mapping itself costs one more.
                return Add(frame.Build(), frame.Size + 1, 1, frame.Anchor);
            case AnchorAlias alias:
                return AddAlias(alias);
            default:
                return true;
        }
    }

    private bool Push(Frame frame)
    {
        if (_stack.Count >= limits.MaxDepth)
        {
            diagnostics.Report(Rules.NestingTooDeep, frame.At,
                $"Lists and mappings are nested more than {limits.MaxDepth} levels deep here.",
                "Flatten the structure; no register file needs this much nesting.");
            return false;
        }

        _stack.Push(frame);
        return true;
    }

    private bool AddAlias(AnchorAlias alias)
    {
        if (++_aliases > limits.MaxAliases)
        {
            diagnostics.Report(Rules.TooManyNodes, At(alias.Start),
                $"This file uses more than {limits.MaxAliases} aliases (*name).",
                "Write the values out instead of repeating them through aliases.");
            return false;
        }

        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            diagnostics.Report(Rules.AliasNotAllowed, At(alias.Start),
                $"The alias '*{alias.Value.Value}' refers to an anchor '&{alias.Value.Value}' that is not defined before it.",
                "Define the anchor first, or write the value out.");
            return false;
        }

        // An alias costs as much as what it expands to: this is what stops "billion laughs".
        return Add(target.Node, target.Size, target.Size, AnchorName.Empty, At(alias.Start));
    }

    /// <summary>Adds a finished value: <paramref name="size"/> counts the values it holds, <paramref name="cost"/> what it adds to the file's total.</summary>
    private bool Add(YNode node, long size, long cost, AnchorName anchor, SourceLocation? written = null)
    {
        _nodes += cost;
        if (_nodes > limits.MaxNodes)
        {
            // An alias is reported where it is written, not where the anchor it repeats was defined.
            diagnostics.Report(Rules.TooManyNodes, written ?? node.At,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"This file expands to more than {limits.MaxNodes:N0} values (aliases count as copies)."),
                "Split the file, or remove aliases that repeat large parts of it.");
            return false;
        }

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (node, size);
        }

        if (_stack.Count == 0)
        {
            Root = node;
            return true;
        }

        var parent = _stack.Peek();
        parent.Size += size;
        parent.Add(node, diagnostics);
        return true;
    }

    private void CheckTag(TagName tag, Mark start)
    {
        if (!tag.IsEmpty && !tag.IsNonSpecific)
        {
            diagnostics.Report(Rules.TagNotAllowed, At(start),
                $"The YAML tag '{tag.Value}' is not allowed in a register file; it is ignored.",
                "Remove the tag (the part starting with '!'); write plain values.");
        }
    }

    private SourceLocation At(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private sealed class Frame(SourceLocation at, bool isMapping, AnchorName anchor)
    {
        // Mappings this small find a repeated key by looking through their entries; larger ones by a dictionary.
        private const int KeysLookedThrough = 8;

        private List<YNode>? _items;
        private List<YEntry>? _entries;
        private Dictionary<string, YScalar>? _keys;
        private YScalar? _pendingKey;
        private bool _skipValue;

        public SourceLocation At { get; } = at;

        public AnchorName Anchor { get; } = anchor;

        public long Size { get; set; }

        public void Add(YNode node, DiagnosticBag diagnostics)
        {
            if (!isMapping)
            {
                (_items ??= []).Add(node);
                return;
            }

            if (_pendingKey is null && !_skipValue)
            {
                AddKey(node, diagnostics);
                return;
            }

            if (_pendingKey is not null)
            {
                AddEntry(new YEntry(_pendingKey, node));
            }

            _pendingKey = null;
            _skipValue = false;
        }

        private void AddKey(YNode node, DiagnosticBag diagnostics)
        {
            if (node is not YScalar key)
            {
                diagnostics.Report(Rules.WrongType, node.At,
                    $"A key here is a {node.KindName}; keys must be plain words.",
                    "Write the key as a single word followed by a colon, e.g. 'name:'.");
                _skipValue = true;
                return;
            }

            if (FirstKey(key.Value) is { } first)
            {
                diagnostics.Report(Rules.DuplicateKey, key.At,
                    $"The key '{key.Value}' appears twice in the same mapping.",
                    "Keep one of the two and delete the other (YAML would silently use only one of them).",
                    new RelatedLocation(first.At, $"'{key.Value}' first defined here"));
                _skipValue = true;
                return;
            }

            _pendingKey = key;
        }

        // The keys seen are exactly those of the entries: a key waits for its value, and a refused key has none.
        private YScalar? FirstKey(string value)
        {
            if (_keys is not null)
            {
                return _keys.GetValueOrDefault(value);
            }

            foreach (var entry in _entries ?? [])
            {
                if (entry.Key.Value == value)
                {
                    return entry.Key;
                }
            }

            return null;
        }

        private void AddEntry(YEntry entry)
        {
            var entries = _entries ??= [];
            entries.Add(entry);
            if (_keys is not null)
            {
                _keys[entry.Key.Value] = entry.Key;
            }
            else if (entries.Count > KeysLookedThrough)
            {
                _keys = new Dictionary<string, YScalar>(entries.Count * 2, StringComparer.Ordinal);
                foreach (var seen in entries)
                {
                    _keys[seen.Key.Value] = seen.Key;
                }
            }
        }

        public YNode Build() => isMapping ? new YMapping(At, (IReadOnlyList<YEntry>?)_entries ?? []) : new YSequence(At, (IReadOnlyList<YNode>?)_items ?? []);
    }
}
