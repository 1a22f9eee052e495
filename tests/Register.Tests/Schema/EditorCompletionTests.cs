using System.Diagnostics;
using System.Text.Json.Nodes;
using Register.Loading;
using Register.Schema;
using Register.Tests.Approval;
using Register.Tests.Workflow;

namespace Register.Tests.Schema;

/// <summary>
/// What an editor with YAML support shows, from the real yaml-language-server (.ci/tools) given the schemas
/// <c>register schema</c> writes for the example register: completion offers the data-category ids (built-in and the
/// organisation's own) and a misspelt id is marked where it is.
/// </summary>
public sealed class EditorCompletionTests
{
    [CiToolFact(CiTools.YamlLanguageServer)]
    public void Completion_offers_data_category_ids_and_a_misspelt_one_is_marked_at_its_position()
    {
        using var folder = new TempFolder();
        var model = RegisterLoader.Load(Path.Combine(Approver.RepoRoot, "register")).Register!;
        SchemaWriter.Write(folder["schema"], SchemaIds.Of(model));
        var schemaUri = new Uri(folder["schema/activity.schema.json"]).AbsoluteUri;
        var settings = new JsonObject
        {
            ["yaml"] = new JsonObject
            {
                ["validate"] = true,
                ["completion"] = true,
                ["hover"] = true,
                ["schemaStore"] = new JsonObject { ["enable"] = false },
                ["schemas"] = new JsonObject { [schemaUri] = new JsonArray("activities/*.yaml") },
            },
        };
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder.Path };
        start.ArgumentList.Add(CiTools.Require(CiTools.YamlLanguageServer));
        start.ArgumentList.Add("--stdio");
        foreach (var (name, value) in IsolatedDotnet.Environment(folder["home"]))
        {
            start.Environment[name] = value;
        }

        using var server = new LanguageServerClient(start, settings);
        server.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(folder.Path).AbsoluteUri,
            ["capabilities"] = new JsonObject
            {
                ["textDocument"] = new JsonObject
                {
                    ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = false } },
                    ["publishDiagnostics"] = new JsonObject(),
                },
            },
        });
        server.Notify("initialized", new JsonObject());
        server.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = settings.DeepClone() });

        // The example activity, with a data-subject id misspelt and the data categories left to complete.
        var original = File.ReadAllText(Path.Combine(Approver.RepoRoot, "register", "activities", "contact-form.yaml"));
        const string Subjects = "data_subjects: [website-visitors, debtors, client-contacts, third-party-contacts]";
        const string Categories = "data_categories: [identification, contact-details, correspondence, case-reference]";
        Assert.Contains(Subjects, original, StringComparison.Ordinal);
        Assert.Contains(Categories, original, StringComparison.Ordinal);
        var text = original[(original.IndexOf('\n', StringComparison.Ordinal) + 1)..]
            .Replace(Subjects, "data_subjects: [website-visitors, debtrs, client-contacts, third-party-contacts]", StringComparison.Ordinal)
            .Replace(Categories, "data_categories:\n  - identification\n  - ", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var typoLine = Array.FindIndex(lines, l => l.StartsWith("data_subjects:", StringComparison.Ordinal));
        var typoColumn = lines[typoLine].IndexOf("debtrs", StringComparison.Ordinal);
        var emptyItem = Array.FindIndex(lines, l => l == "  - ");
        Directory.CreateDirectory(folder["activities"]);
        var uri = new Uri(folder["activities/contact-form.yaml"]).AbsoluteUri;
        File.WriteAllText(folder["activities/contact-form.yaml"], text);
        server.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
        });

        var diagnostics = server.WaitFor("textDocument/publishDiagnostics", p => p["uri"]?.GetValue<string>() == uri && p["diagnostics"]!.AsArray().Count > 0)["diagnostics"]!.AsArray();
        var typo = diagnostics.SingleOrDefault(d => d!["range"]!["start"]!["line"]!.GetValue<int>() == typoLine);
        Assert.True(typo is not null, $"No diagnostic on line {typoLine + 1}: {diagnostics.ToJsonString()}");
        Assert.Equal(typoColumn, typo!["range"]!["start"]!["character"]!.GetValue<int>());
        Assert.Equal(typoColumn + "debtrs".Length, typo["range"]!["end"]!["character"]!.GetValue<int>());

        var completion = server.Request("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = new JsonObject { ["line"] = emptyItem, ["character"] = 4 },
        });
        var items = (completion?["items"] ?? completion)!.AsArray().Select(i => i!["label"]!.GetValue<string>()).ToList();
        Assert.Contains("contact-details", items);
        Assert.Contains("identification", items);
        Assert.Contains("case-reference", items); // the organisation's own term, from vocabulary.yaml
        Assert.DoesNotContain("null", items);
    }
}
