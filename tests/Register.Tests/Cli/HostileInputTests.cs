using System.Text;
using System.Text.Json;

namespace Register.Tests.Cli;

/// <summary>
/// Issue 2 item 7: hostile or broken files give a diagnostic at the right place and exit code 1, never a crash or a hang.
/// Each case adds one bad file (activities/hostile.yaml) to an otherwise valid register and runs `register validate`.
/// </summary>
public sealed class HostileInputTests
{
    private const string File = "activities/hostile.yaml";

    public static TheoryData<string, byte[], string, int, int> Cases()
    {
        var data = new TheoryData<string, byte[], string, int, int>
        {
            { "alias expansion (billion laughs)", Utf8(BillionLaughs()), "REG011", 6, 8 },
            { "flow nesting 10,000 deep", Utf8("id: " + new string('[', 10_000) + new string(']', 10_000) + "\n"), "REG010", 1, 36 },
            { "block nesting 10,000 deep", Utf8("id: x\nname:\n  " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n"), "REG010", 3, 65 },
            { "file over the size limit", Utf8("id: x\n# " + new string('x', 1_100_000) + "\n"), "REG009", 1, 1 },
            { "200,000 values", Utf8("id: [" + string.Join(',', Enumerable.Repeat("1", 200_000)) + "]\n"), "REG011", 1, 200_004 },
            { "Latin-1 bytes", Encoding.Latin1.GetBytes("id: x\nname:\n  nl: Caf\u00e9\n"), "REG012", 3, 10 },
            { "UTF-16 with BOM", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id: x\n")).ToArray(), "REG012", 1, 1 },
            { "NUL character", Utf8("id: a\0b\n"), "REG013", 1, 6 },
            { "escape character", Utf8("id: x\nname:\n  en: a\u001b[31mb\n"), "REG013", 3, 8 },
            { "tab indentation", Utf8("id: x\nname:\n\ten: Chat\n"), "REG014", 3, 1 },
            { "two documents", Utf8("id: x\n---\nid: y\n"), "REG015", 2, 1 },
            { "empty file", [], "REG016", 1, 1 },
            { "comment-only file", Utf8("# nothing here\n# still nothing\n"), "REG016", 1, 1 },
            { "python object tag", Utf8("id: x\nname: !!python/object/apply:os.system [\"ls\"]\n"), "REG017", 2, 7 },
            { "alias to an unknown anchor", Utf8("id: x\nname: *nope\n"), "REG019", 2, 7 },
            { "binary file", Binary(), "REG012", 1, 1 },
            { "very long key", Utf8(new string('k', 200_000) + ": value\n"), "REG001", 1, 200_001 },
            { "very long unclosed quote", Utf8("id: x\nname:\n  en: \"" + new string('a', 300_000) + "\n"), "REG001", 3, 7 },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_file_gives_its_diagnostic_and_exit_code_1(string what, byte[] content, string code, int line, int column)
    {
        using var register = new TempRegister();
        register.Write(File, content);

        var run = CliRun.Of("validate", register.Directory, "--report", "json", "--today", "2026-02-01");

        Assert.True(run.ExitCode == 1, $"{what}: exit code {run.ExitCode}, stderr: {run.Error}");
        Assert.Equal("", run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var found = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("file").GetString()!.EndsWith(File, StringComparison.Ordinal))
            .Select(d => $"{d.GetProperty("code").GetString()} {d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}")
            .ToList();
        Assert.Contains($"{code} {line}:{column}", found);
    }

    [Fact]
    public void Text_output_for_a_very_long_line_stays_short()
    {
        using var register = new TempRegister();
        register.Write(File, Utf8(new string('k', 200_000) + ": value\n"));

        var run = CliRun.Of("validate", register.Directory, "--today", "2026-02-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error REG001", run.Output, StringComparison.Ordinal);
        Assert.All(run.Output.Split('\n'), line => Assert.True(line.Length < 400, $"line of {line.Length} characters"));
    }

    [Fact]
    public void Raised_limits_let_a_deep_file_through_to_the_normal_checks()
    {
        using var register = new TempRegister();
        register.Write(File, Utf8("id: " + new string('[', 10_000) + new string(']', 10_000) + "\n"));

        var run = CliRun.Of("validate", register.Directory, "--report", "json", "--max-depth", "20000", "--today", "2026-02-01");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("REG010", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("REG011", run.Output, StringComparison.Ordinal);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string BillionLaughs()
    {
        var lines = new List<string> { "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        var previous = "a";
        foreach (var name in "bcdefghi")
        {
            lines.Add($"{name}: &{name} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]");
            previous = name.ToString();
        }

        return string.Join('\n', lines) + "\n";
    }

    private static byte[] Binary()
    {
        // A PNG signature followed by fixed pseudo-random bytes.
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        png.CopyTo(bytes, 0);
        return bytes;
    }
}
