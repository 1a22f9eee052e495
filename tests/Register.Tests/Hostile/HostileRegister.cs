using System.Text.Encodings.Web;
using System.Text.Json;
using Register.Tests.Cli;

namespace Register.Tests.Hostile;

/// <summary>The small valid register of the CLI fixtures, plus a notice, with one value or file made hostile per case.</summary>
internal static class HostileRegister
{
    // Line 5 holds the output name (value at column 13), line 6 the sections.
    public const string Notices =
        "notices:\n" +
        "  - id: website\n" +
        "    title:\n" +
        "      en: Privacy notice\n" +
        "    output: privacy-website\n" +
        "    sections:\n" +
        "      - id: all\n" +
        "        title:\n" +
        "          en: Everything\n" +
        "        audiences: [website]\n";

    public const string Activity = "activities/contact-form.yaml";
    public const string Organisation = "organisation.yaml";
    public const string NoticesFile = "notices.yaml";

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>A fresh register: the fixture and the notice above.</summary>
    public static TempRegister Create()
    {
        var register = new TempRegister();
        register.Write(NoticesFile, Notices);
        // Appended, so the fixture's line numbers stay as they are.
        Append(register, Activity, "provision:\n  requirement: voluntary\n  obligatory: false\n  consequences:\n    en: Without your contact details we cannot answer.\n");
        return register;
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/> (JSON string syntax is valid YAML).</summary>
    public static string Quoted(string text) => JsonSerializer.Serialize(text, Quoting);

    /// <summary>Replaces one exact piece of a register file.</summary>
    public static void Replace(TempRegister register, string file, string from, string to)
    {
        var text = File.ReadAllText(register.PathOf(file));
        Assert.Contains(from, text, StringComparison.Ordinal);
        register.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    public static void Append(TempRegister register, string file, string lines) =>
        register.Write(file, File.ReadAllText(register.PathOf(file)) + lines);
}
