using System.CommandLine;
using Register.Reporting;

namespace Register.Tests.Cli;

/// <summary>One CLI language: an option name means the same thing in every command that has it.</summary>
public sealed class OptionLanguageTests
{
    private static IEnumerable<Command> AllCommands()
    {
        var root = Register.Cli.Program.CreateRoot(new Register.Cli.CliConsole(TextWriter.Null, TextWriter.Null, false, false));
        var pending = new Stack<Command>(root.Subcommands);
        while (pending.TryPop(out var command))
        {
            yield return command;
            foreach (var child in command.Subcommands)
            {
                pending.Push(child);
            }
        }
    }

    private static IEnumerable<string> Names(Option option) => option.Aliases.Prepend(option.Name);

    /// <summary>The values an option offers in --help (its completions).</summary>
    private static List<string> Choices(Option option) =>
        [.. option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label).Order(StringComparer.Ordinal)];

    [Fact]
    public void Report_is_always_the_diagnostics_format_and_format_never_is()
    {
        var reports = DiagnosticReports.Names.Order(StringComparer.Ordinal).ToList();
        var seen = 0;
        foreach (var command in AllCommands())
        {
            foreach (var option in command.Options)
            {
                if (option.Name == "--report")
                {
                    Assert.Equal(reports, Choices(option));
                    seen++;
                }
                else if (option.Name == "--format")
                {
                    Assert.DoesNotContain("sarif", Choices(option));
                    Assert.DoesNotContain("github", Choices(option));
                }
            }
        }

        Assert.Equal(3, seen); // validate, build, export art30
    }

    [Fact]
    public void Every_command_that_validates_has_report_and_warnings_as_errors()
    {
        var validating = AllCommands().Where(c => c.Options.Any(o => o.Name == "--today")).ToList();

        Assert.Equal(["art30", "build", "validate"], validating.Select(c => c.Name).Order(StringComparer.Ordinal));
        foreach (var command in validating)
        {
            Assert.Contains(command.Options, o => o.Name == "--report");
            Assert.Contains(command.Options, o => o.Name == "--warnings-as-errors");
        }
    }

    [Fact]
    public void A_language_is_always_lang_with_the_alias_l()
    {
        var all = AllCommands().SelectMany(c => c.Options).ToList();

        Assert.DoesNotContain(all, o => Names(o).Contains("--language"));
        var lang = all.Where(o => o.Name == "--lang").ToList();
        Assert.Equal(2, lang.Count); // export art30, diff
        Assert.All(lang, o => Assert.Contains("-l", o.Aliases));
    }

    [Fact]
    public void An_alias_means_one_option_everywhere()
    {
        var byAlias = AllCommands()
            .SelectMany(c => c.Options)
            .SelectMany(o => o.Aliases.Select(a => (Alias: a, o.Name)))
            .GroupBy(p => p.Alias, StringComparer.Ordinal);

        foreach (var group in byAlias)
        {
            Assert.True(group.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() == 1,
                $"{group.Key} stands for {string.Join(" and ", group.Select(p => p.Name).Distinct(StringComparer.Ordinal))}");
        }
    }
}
