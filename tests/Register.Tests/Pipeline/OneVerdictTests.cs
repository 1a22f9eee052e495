using System.Text;
using Register.Diagnostics;
using Register.Instrumentation;
using Register.Loading;
using Register.Pipeline;
using Register.Rendering.Formats;
using Register.Tests.Approval;
using Register.Tests.Validation;
using Register.Validation;
using Register.Workflow;

namespace Register.Tests.Pipeline;

/// <summary>
/// One verdict: a register that validates without errors builds, without errors and without a view ever falling back
/// (<see cref="ViewGaps"/>); a register the build refuses, validate refuses with the same codes.
/// </summary>
public sealed class OneVerdictTests
{
    /// <summary>The seed of the mutants: fixed, so a failure can be replayed (mutant number and file are in the message).</summary>
    public const int MutationSeed = 20261202;

    public const int Mutants = 1000;

    private static readonly NodaTime.LocalDate Today = new(2026, 11, 1);

    [Fact]
    public void The_example_register_validates_and_builds()
    {
        var verdict = Verdict(RenderedExample.Directory, Approver.RepoRoot);

        Assert.Equal(0, verdict.Validation.ErrorCount);
        AssertBuilds(verdict);
    }

    [Fact]
    public void The_register_init_writes_validates_and_builds()
    {
        using var scratch = new ScratchFolder();
        Assert.Empty(RegisterScaffold.Create(scratch.Path).AlreadyThere);
        var register = Path.Combine(scratch.Path, "register");

        var verdict = Verdict(register, scratch.Path);

        Assert.Equal(0, verdict.Validation.ErrorCount);
        AssertBuilds(verdict);
    }

    [Fact]
    public void Every_fixture_that_validates_builds()
    {
        var validating = 0;
        foreach (var name in RegisterFixture.CaseNames().Prepend(null))
        {
            using var fixture = RegisterFixture.Create(name);
            var verdict = Verdict(fixture.Root, fixture.Root);
            if (verdict.Validation.ErrorCount == 0)
            {
                validating++;
                AssertBuilds(verdict, name ?? "_base");
            }
            else
            {
                AssertRefusedAlike(verdict, name ?? "_base");
            }
        }

        // The base and the warning-only cases validate; a test that found none would prove nothing.
        Assert.True(validating >= 10, $"only {validating} fixtures validate");
    }

    [Fact]
    public void A_register_the_build_would_refuse_is_refused_by_validate_with_the_same_codes()
    {
        using var fixture = RegisterFixture.Create();
        var orders = Path.Combine(fixture.Root, "activities", "orders.yaml");
        var text = File.ReadAllText(orders);
        // Without 'provision:' a notice cannot say whether the person must give the data (Art. 13(2)(e)).
        File.WriteAllText(orders, text[..text.IndexOf("provision:", StringComparison.Ordinal)]);

        var verdict = Verdict(fixture.Root, fixture.Root);

        var refusal = Assert.Single(verdict.Validation.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("REG121", "activities/orders.yaml", 14, 3), (refusal.Code, refusal.At.File, refusal.At.Line, refusal.At.Column));
        AssertRefusedAlike(verdict, "without provision");
    }

    /// <summary>
    /// <see cref="Mutants"/> copies of the example, each with one random change to the YAML text (a line deleted or
    /// doubled, a block cut out, a value replaced by another value of the register or emptied, a period or list replaced by
    /// an <see cref="Unusual"/> one); every one that validates without errors must build, with no sentence of what it
    /// renders left with a gap (<see cref="Broken"/>), and every one that does not must be refused by the build alike.
    /// Only mutants that validate are built, and only as Markdown, which renders every notice, record and report.
    /// </summary>
    [Fact]
    public void Mutated_copies_of_the_example_that_validate_build()
    {
        using var scratch = new ScratchFolder();
        var register = scratch.Copy(RenderedExample.Directory, "register");
        var files = Directory.EnumerateFiles(register, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}schema{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var originals = files.ToDictionary(f => f, File.ReadAllText);
        var values = originals.Values.SelectMany(t => t.Split('\n')).Select(ValueOf).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var random = new Random(MutationSeed);
        var validated = 0;
        var kinds = new int[(int)Mutation.Count];
        var failures = new List<string>();
        for (var i = 0; i < Mutants; i++)
        {
            var file = files[random.Next(files.Count)];
            var (mutated, kind) = Mutate(originals[file], values, random);
            kinds[kind]++;
            File.WriteAllText(file, mutated, new UTF8Encoding(false));
            try
            {
                var validation = RegisterValidation.Run(register, Options(scratch.Path).Validation);
                Assert.All(validation.Diagnostics, d => Assert.StartsWith("register/", d.At.File, StringComparison.Ordinal));
                if (validation.ErrorCount == 0)
                {
                    validated++;
                    try
                    {
                        AssertBuilds(new(validation, register, scratch.Path), $"mutant {i} ({(Mutation)kind} in {Path.GetFileName(file)})");
                    }
                    catch (Xunit.Sdk.XunitException e)
                    {
                        failures.Add(e.Message);
                    }
                }
            }
            finally
            {
                File.WriteAllText(file, originals[file], new UTF8Encoding(false));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} mutants validate but do not build:\n" + string.Join("\n", failures.Take(20)));
        // Enough of both kinds to mean something: mutants that validate (and were built) and mutants refused.
        Assert.InRange(validated, Mutants / 20, Mutants - (Mutants / 20));
        Assert.All(kinds, count => Assert.True(count > 0));
    }

    /// <summary>
    /// Values of the right shape the example never writes, for <see cref="Mutation.UnusualValue"/>: periods with a part
    /// below zero, of zero, of minutes or parts of a second, event lists ending at inactivity (each once rendered as
    /// "-1 months", "0 days" or "inactive for ,").
    /// </summary>
    private static readonly string[] Unusual = ["P1Y-1M", "P0D", "PT30M", "PT0.5S", "PT-5H", "P18M", "[inactivity]", "[consent_withdrawn, inactivity]"];

    /// <summary>
    /// What no rendered sentence may hold: a phrase slot left empty (a space before a comma or full stop, two spaces, empty
    /// brackets), a placeholder left in, a number below zero.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex Broken = new(@" [,.;:](\s|$)|[^ |\n] {2,}[^ |\n]|\(\s*\)|\{[a-z_]+\}| -\d", System.Text.RegularExpressions.RegexOptions.Multiline);

    private enum Mutation
    {
        DeleteLine,
        DuplicateLine,
        DeleteBlock,
        ReplaceValue,
        EmptyValue,
        UnusualValue,
        Count,
    }

    private static (string Text, int Kind) Mutate(string text, IReadOnlyList<string> values, Random random)
    {
        var lines = text.Split('\n').ToList();
        var content = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim().Length > 0).ToList();
        var at = content[random.Next(content.Count)];
        var kind = random.Next((int)Mutation.Count);
        switch ((Mutation)kind)
        {
            case Mutation.DeleteLine:
                lines.RemoveAt(at);
                break;
            case Mutation.DuplicateLine:
                lines.Insert(at, lines[at]);
                break;
            case Mutation.DeleteBlock:
                var indent = Indent(lines[at]);
                var end = at + 1;
                while (end < lines.Count && (lines[end].Trim().Length == 0 || Indent(lines[end]) > indent))
                {
                    end++;
                }

                lines.RemoveRange(at, end - at);
                break;
            case Mutation.ReplaceValue when ValueOf(lines[at]) is not null:
                lines[at] = KeyOf(lines[at]) + values[random.Next(values.Count)];
                break;
            case Mutation.EmptyValue when ValueOf(lines[at]) is not null:
                lines[at] = KeyOf(lines[at]) + (random.Next(2) == 0 ? "\"\"" : "[]");
                break;
            case Mutation.UnusualValue when content.Where(i => ValueOf(lines[i]) is ['P' or '[', ..]).ToList() is [_, ..] periodsAndLists:
                // A period or a list of the file (retention, inactivity, kept_after, a cookie's duration, or_until, ids).
                var line = periodsAndLists[random.Next(periodsAndLists.Count)];
                lines[line] = KeyOf(lines[line]) + Unusual[random.Next(Unusual.Length)];
                break;
            default:
                // A line without a value to change: delete it instead.
                lines.RemoveAt(at);
                kind = (int)Mutation.DeleteLine;
                break;
        }

        return (string.Join('\n', lines), kind);
    }

    /// <summary>The value of a 'key: value' or '- value' line, or null.</summary>
    private static string? ValueOf(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith("- ", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        var colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
        var value = colon < 0 ? (line.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? trimmed : null) : trimmed[(colon + 2)..];
        return string.IsNullOrWhiteSpace(value) || value.StartsWith('#') ? null : value;
    }

    /// <summary>The line up to where its value starts ("  key: ", "  - ").</summary>
    private static string KeyOf(string line)
    {
        var value = ValueOf(line)!;
        return line[..line.LastIndexOf(value, StringComparison.Ordinal)];
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static BuildOptions Options(string displayRoot) => new()
    {
        Validation = new ValidationOptions { Today = Today, Load = new LoadOptions { DisplayRoot = displayRoot } },
        Formats = [OutputFormats.Markdown],
    };

    /// <summary>What 'register validate' says: it measures notices with a readability minimum as rendered (REG140), as the build does.</summary>
    private static VerdictOf Verdict(string register, string displayRoot) =>
        new(RegisterValidation.Run(register, Options(displayRoot).Validation with { NoticeMeasure = RenderedNoticeMeasure.For(null) }), register, displayRoot);

    private static void AssertBuilds(VerdictOf verdict, string what = "the register")
    {
        using var gaps = ViewGaps.Start();
        var built = BuildPipeline.Render(verdict.Register, Options(verdict.DisplayRoot));

        Assert.True(!built.HasErrors, $"{what} validates but does not build:\n{string.Join("\n", built.Diagnostics.Where(d => d.Severity == Severity.Error))}");
        Assert.True(gaps.Gaps.Count == 0, $"{what} validates, but its views fell back:\n{string.Join("\n", gaps.Gaps.Distinct())}");
        Assert.Empty(built.BuildDiagnostics);
        Assert.NotEmpty(built.Files);
        Assert.Equal(verdict.Validation.Diagnostics.Select(d => d.ToString()), built.Validation.Diagnostics.Select(d => d.ToString()));
        foreach (var file in built.Files)
        {
            var text = Encoding.UTF8.GetString(file.Content);
            var broken = Broken.Match(text);
            Assert.False(broken.Success, $"{what} validates, but {file.Path} has a sentence with a gap: '{Around(text, broken.Index)}'");
        }
    }

    private static string Around(string text, int at) => text[Math.Max(0, at - 60)..Math.Min(text.Length, at + 60)].ReplaceLineEndings(" ");

    private static void AssertRefusedAlike(VerdictOf verdict, string what)
    {
        var built = BuildPipeline.Render(verdict.Register, Options(verdict.DisplayRoot));

        Assert.Empty(built.Files);
        Assert.True(built.BuildDiagnostics.Count == 0, $"{what}: the build added findings of its own:\n{string.Join("\n", built.BuildDiagnostics)}");
        Assert.Equal(verdict.Validation.Diagnostics.Select(d => d.Code), built.Diagnostics.Select(d => d.Code));
    }

    private sealed record VerdictOf(ValidationReport Validation, string Register, string DisplayRoot);
}
