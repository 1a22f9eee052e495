using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Register.Generators;

/// <summary>
/// Writes <c>Register.Vocabulary.EmbeddedTrees</c> into the Register assembly: the YAML tree of each built-in vocabulary
/// file (<c>src/Register/Vocabulary/Data/*.yaml</c>, given as AdditionalFiles), parsed at build time by the parser the
/// loader uses, as data: every scalar, mapping and list with its line and column, the texts in one string. The tool then
/// binds the built-in vocabulary from these trees at start instead of parsing 150 KB of YAML each time (issue 11 item 6).
/// A file the loader would report anything for (a tag, an anchor, an alias, a character it refuses, a syntax error, more
/// than one document) gets no tree, so the tool reads it as YAML and reports it as before; a test compares every tree
/// with what the loader reads (tests/Register.Tests/Vocabulary/EmbeddedTreesTests.cs).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class VocabularyTreeGenerator : IIncrementalGenerator
{
    // The event codes EmbeddedTrees reads; a scalar is followed by its line, column and text number, a mapping or list
    // by its line and column.
    private const int PlainScalar = 0;
    private const int QuotedScalar = 1;
    private const int MappingStart = 2;
    private const int SequenceStart = 3;
    private const int End = 4;

    // Well within the loader's default limits (YamlLimits.Default), which a file of the tool's own is read under.
    private const int MaxBytes = 1024 * 1024;
    private const int MaxDepth = 32;
    private const int MaxNodes = 100_000;

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(f => f.Path.Replace('\\', '/').Contains("/Vocabulary/Data/") && f.Path.EndsWith(".yaml", System.StringComparison.Ordinal))
            .Select((f, token) => (Name: Path.GetFileName(f.Path), Tree: Encode(f.GetText(token)?.ToString())))
            .Collect();
        var isRegister = context.CompilationProvider.Select((compilation, _) => compilation.AssemblyName == "Register");
        context.RegisterSourceOutput(files.Combine(isRegister), (output, input) =>
        {
            if (input.Right)
            {
                output.AddSource("EmbeddedTrees.g.cs", SourceText.From(Write(input.Left), Encoding.UTF8));
            }
        });
    }

    private sealed class Tree
    {
        public List<string> Texts { get; } = new List<string>();

        public List<int> Events { get; } = new List<int>();
    }

    private static Tree? Encode(string? text)
    {
        if (text is null || text.Trim().Length == 0 || !text.All(Allowed) || Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return null;
        }

        var tree = new Tree();
        var numbers = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var documents = 0;
        var nodes = 0;
        // Per open mapping (the keys so far; null for a list) whether the next value is a key: a repeated key or one
        // that is not a scalar is the loader's to report.
        var open = new Stack<(HashSet<string>? Keys, bool KeyNext)>();
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            return null;
                        }

                        break;
                    case Scalar scalar:
                        if (!scalar.Anchor.IsEmpty || !scalar.Tag.IsEmpty || !scalar.Value.All(AllowedInValue))
                        {
                            return null;
                        }

                        if (!numbers.TryGetValue(scalar.Value, out var number))
                        {
                            number = tree.Texts.Count;
                            numbers.Add(scalar.Value, number);
                            tree.Texts.Add(scalar.Value);
                        }

                        tree.Events.Add(scalar.Style == ScalarStyle.Plain ? PlainScalar : QuotedScalar);
                        tree.Events.Add((int)scalar.Start.Line);
                        tree.Events.Add((int)scalar.Start.Column);
                        tree.Events.Add(number);
                        if (!Added(open, scalar.Value) || ++nodes > MaxNodes)
                        {
                            return null;
                        }

                        break;
                    case NodeEvent { Anchor.IsEmpty: false } or NodeEvent { Tag.IsEmpty: false } or AnchorAlias:
                        return null;
                    case MappingStart start:
                        tree.Events.Add(MappingStart);
                        tree.Events.Add((int)start.Start.Line);
                        tree.Events.Add((int)start.Start.Column);
                        open.Push((new HashSet<string>(System.StringComparer.Ordinal), true));
                        if (open.Count > MaxDepth)
                        {
                            return null;
                        }

                        break;
                    case SequenceStart start:
                        tree.Events.Add(SequenceStart);
                        tree.Events.Add((int)start.Start.Line);
                        tree.Events.Add((int)start.Start.Column);
                        open.Push((null, false));
                        if (open.Count > MaxDepth)
                        {
                            return null;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        tree.Events.Add(End);
                        open.Pop();
                        if (!Added(open, null) || ++nodes > MaxNodes)
                        {
                            return null;
                        }

                        break;
                }
            }
        }
        catch (System.Exception ex) when (ex is YamlException or System.InvalidOperationException or System.ArgumentException)
        {
            return null;
        }

        return tree.Events.Count == 0 || open.Count > 0 ? null : tree;
    }

    // A finished value (a scalar's text, null for a mapping or list) in the innermost open mapping or list: false for a
    // key the loader would refuse.
    private static bool Added(Stack<(HashSet<string>? Keys, bool KeyNext)> open, string? scalar)
    {
        if (open.Count == 0 || open.Peek().Keys is not { } keys)
        {
            return true;
        }

        var keyNext = open.Pop().KeyNext;
        open.Push((keys, !keyNext));
        return !keyNext || (scalar is not null && keys.Add(scalar));
    }

    // What the loader reads without a word (SafeYamlReader.CheckCharacters): no tab at all (the loader refuses one at a
    // line's start), no control character but the line breaks, no invisible formatting character or noncharacter.
    private static bool Allowed(char c) => c == '\n' || c == '\r' || AllowedInValue(c);

    private static bool AllowedInValue(char c) =>
        c >= 0x20 && !(c >= '\u007F' && c <= '\u009F') && !(c >= '\u202A' && c <= '\u202E') && !(c >= '\u2066' && c <= '\u2069')
        && c != '\u061C' && !(c >= '\u200B' && c <= '\u200F') && c != '\uFEFF' && c != '\uFFFE' && c != '\uFFFF' && !(c >= '\uFDD0' && c <= '\uFDEF');

    private static string Write(IEnumerable<(string Name, Tree? Tree)> files)
    {
        var text = new StringBuilder();
        text.AppendLine("// <auto-generated/>");
        text.AppendLine("// Written by src/Register.Generators/VocabularyTreeGenerator.cs from src/Register/Vocabulary/Data/*.yaml.");
        text.AppendLine("#nullable enable");
        text.AppendLine("namespace Register.Vocabulary;");
        text.AppendLine();
        text.AppendLine("internal static partial class EmbeddedTrees");
        text.AppendLine("{");
        text.AppendLine("    /// <summary>The tree of a built-in vocabulary file read at build time: its texts joined and its events; false for a file without one.</summary>");
        text.AppendLine("    private static bool Data(string file, out string texts, out global::System.ReadOnlySpan<byte> events)");
        text.AppendLine("    {");
        text.AppendLine("        switch (file)");
        text.AppendLine("        {");
        var written = files.Where(f => f.Tree is not null).OrderBy(f => f.Name, System.StringComparer.Ordinal).ToList();
        for (var i = 0; i < written.Count; i++)
        {
            text.Append("            case ").Append(SymbolDisplay.FormatLiteral(written[i].Name, quote: true)).AppendLine(":");
            text.Append("                texts = Texts").Append(i).AppendLine(";");
            text.Append("                events = Events").Append(i).AppendLine(";");
            text.AppendLine("                return true;");
        }

        text.AppendLine("            default:");
        text.AppendLine("                texts = \"\";");
        text.AppendLine("                events = default;");
        text.AppendLine("                return false;");
        text.AppendLine("        }");
        text.AppendLine("    }");
        for (var i = 0; i < written.Count; i++)
        {
            var tree = written[i].Tree!;
            text.AppendLine();
            text.Append("    // ").AppendLine(written[i].Name);
            text.Append("    private const string Texts").Append(i).Append(" = ").Append(SymbolDisplay.FormatLiteral(string.Concat(tree.Texts), quote: true)).AppendLine(";");
            text.Append("    private static global::System.ReadOnlySpan<byte> Events").Append(i).Append(" => new byte[] { ");
            // The number of texts and each one's length, then the events, every number as an unsigned LEB128 varint.
            var bytes = new List<byte>();
            Varint(bytes, tree.Texts.Count);
            foreach (var value in tree.Texts)
            {
                Varint(bytes, value.Length);
            }

            foreach (var number in tree.Events)
            {
                Varint(bytes, number);
            }

            text.Append(string.Join(", ", bytes.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            text.AppendLine(" };");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private static void Varint(List<byte> bytes, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            bytes.Add((byte)(rest | 0x80));
            rest >>= 7;
        }

        bytes.Add((byte)rest);
    }
}
