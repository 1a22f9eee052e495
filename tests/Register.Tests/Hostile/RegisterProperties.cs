using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Register.Loading;
using Register.Pipeline;
using Register.Tests.Cli;
using Register.Tests.Rendering.OpenXml;
using Register.Validation;

namespace Register.Tests.Hostile;

/// <summary>
/// Issue 9 item 5, with FsCheck 3.6.0: random and mutated registers never make the loader, the validator or any format
/// throw; every register that validates renders HTML a real parser (AngleSharp) reads without error, and DOCX/XLSX with
/// no OpenXmlValidator error. 100 cases each, from the small CLI fixture with a notice.
/// </summary>
public sealed class RegisterProperties
{
    private const int Cases = 100;

    // Values that exercise escaping, anchors, encodings and structure; the generator also makes random text.
    private static readonly string[] Nasty =
    [
        "", " ", "x\n", "\"quoted\"", "<script>alert(1)</script>", "[a](javascript:x)", "=1+1", "@x", "-", "+", "~", "null",
        "true", "0", "1e9", "2026-02-30", "P1Y", "P", "#", "*a", "&a", "!!str x", "{ }", "[ ]", "|", ">", "%", "'", ":",
        "https://example.com/a?b=c&d#e", "mailto:a@b.example", "a@b.example?bcc=c@d.example", "con", "NUL", "ÿ", "日本語",
        "\u202E", "\u200B", "\uFEFF", "\t", "\\", "{{ x }}", "]]>", "a\r\nb", new string('a', 300),
    ];

    private static readonly string[] Files = [HostileRegister.Organisation, HostileRegister.Activity, HostileRegister.NoticesFile];

    [Fact]
    public void Mutated_registers_never_make_loading_validation_or_rendering_throw_and_valid_ones_render_clean_documents()
    {
        var valid = 0;
        var property = Prop.ForAll(Arb.From(Mutations()), mutations =>
        {
            using var register = HostileRegister.Create();
            foreach (var mutation in mutations)
            {
                mutation.Apply(register);
            }

            if (Check(register))
            {
                valid++;
            }
        });

        property.Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
        // Some mutations must leave the register valid, or the rendering half of the property was never exercised.
        Assert.True(valid > 0, "no mutated register validated, so nothing was rendered");
    }

    [Property(MaxTest = Cases)]
    public void Random_bytes_as_a_register_file_never_make_loading_or_validation_throw(byte[] bytes, NonNegativeInt file)
    {
        using var register = HostileRegister.Create();
        register.Write(Files[file.Get % Files.Length], bytes ?? []);

        var report = RegisterValidation.Run(register.Directory, Options(register));

        Assert.True(report.HasErrors || report.Register is not null);
    }

    /// <summary>Validates; when valid, renders every format and checks the HTML and the Office files. True when valid.</summary>
    private static bool Check(TempRegister register)
    {
        var options = new BuildOptions { Validation = Options(register) };
        var build = BuildPipeline.Render(register.Directory, options);
        if (build.HasErrors)
        {
            return false;
        }

        foreach (var file in build.Files)
        {
            switch (Path.GetExtension(file.Path))
            {
                case ".html":
                    var parser = new HtmlParser();
                    var errors = new List<string>();
                    parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Position.Line}:{error.Position.Column} {error.Message}" : e.ToString() ?? "");
                    var html = Encoding.UTF8.GetString(file.Content);
                    // A fragment is meant for a page's body: parse it inside a minimal document.
                    parser.ParseDocument(file.Path.EndsWith(".fragment.html", StringComparison.Ordinal)
                        ? "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>" + html + "</body></html>"
                        : html);
                    Assert.True(errors.Count == 0, $"{file.Path}: {string.Join("; ", errors)}");
                    break;
                case ".docx":
                    using (var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false))
                    {
                        Assert.Empty(OfficeText.ValidationErrors(document));
                    }

                    break;
                case ".xlsx":
                    using (var workbook = SpreadsheetDocument.Open(new MemoryStream(file.Content), false))
                    {
                        Assert.Empty(OfficeText.ValidationErrors(workbook));
                    }

                    break;
            }
        }

        return true;
    }

    private static ValidationOptions Options(TempRegister register) =>
        new() { Load = new LoadOptions { DisplayRoot = register.Directory }, Today = new NodaTime.LocalDate(2026, 2, 1) };

    /// <summary>One to four edits of the register's text: a value replaced, text inserted or deleted, a line repeated or dropped.</summary>
    private static Gen<Mutation[]> Mutations()
    {
        var text = Gen.OneOf(Gen.Elements(Nasty), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Select(s => s!));
        var mutation = Gen.OneOf(
            from file in Gen.Elements(Files) from line in Gen.Choose(0, 40) from value in text select (Mutation)new ReplaceValue(file, line, value),
            from file in Gen.Elements(Files) from at in Gen.Choose(0, 2000) from value in text select (Mutation)new Insert(file, at, value),
            from file in Gen.Elements(Files) from at in Gen.Choose(0, 2000) from length in Gen.Choose(1, 40) select (Mutation)new Delete(file, at, length),
            from file in Gen.Elements(Files) from line in Gen.Choose(0, 40) from repeat in Gen.Elements(true, false) select (Mutation)new LineEdit(file, line, repeat));
        return Gen.ArrayOf(mutation).Where(m => m.Length is >= 1 and <= 4);
    }

    private abstract record Mutation(string File)
    {
        public void Apply(TempRegister register) => register.Write(File, Change(System.IO.File.ReadAllText(register.PathOf(File))));

        protected abstract string Change(string text);
    }

    /// <summary>Replaces the value of the n-th "key: value" line with a quoted text.</summary>
    private sealed record ReplaceValue(string File, int Line, string Value) : Mutation(File)
    {
        protected override string Change(string text)
        {
            var lines = text.Split('\n');
            var candidates = lines.Select((l, i) => (l, i)).Where(p => p.l.Contains(": ", StringComparison.Ordinal)).ToList();
            if (candidates.Count == 0)
            {
                return text;
            }

            var (line, index) = candidates[Line % candidates.Count];
            lines[index] = line[..(line.IndexOf(": ", StringComparison.Ordinal) + 2)] + HostileRegister.Quoted(Value);
            return string.Join('\n', lines);
        }
    }

    private sealed record Insert(string File, int At, string Value) : Mutation(File)
    {
        protected override string Change(string text) => text.Insert(At % (text.Length + 1), Value);
    }

    private sealed record Delete(string File, int At, int Length) : Mutation(File)
    {
        protected override string Change(string text)
        {
            var start = At % (text.Length + 1);
            return text.Remove(start, Math.Min(Length, text.Length - start));
        }
    }

    private sealed record LineEdit(string File, int Line, bool Repeat) : Mutation(File)
    {
        protected override string Change(string text)
        {
            var lines = text.Split('\n').ToList();
            var index = Line % lines.Count;
            if (Repeat)
            {
                lines.Insert(index, lines[index]);
            }
            else
            {
                lines.RemoveAt(index);
            }

            return string.Join('\n', lines);
        }
    }
}
