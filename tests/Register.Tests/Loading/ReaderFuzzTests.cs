using System.Text;
using Register.Diagnostics;
using Register.Loading.Binding;
using Register.Loading.Yaml;
using Register.Model;
using Register.Tests.Approval;

namespace Register.Tests.Loading;

/// <summary>
/// Damages real register files in many small ways (fixed seed, so every run is the same) and checks that reading them
/// only ever produces diagnostics: no exception escapes the reader or the binder.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int Cases = 1000;

    private static readonly string[] Fragments =
    [
        ":", "- ", "[", "]", "{", "}", "&a ", "*a", "!", "!!str ", "\t", "\"", "'", "\n", "\n---\n", "%YAML 1.1\n", "|", ">", "? ",
        "#", ",", "\0", "\u00e9", "\ud83d\ude00", "\r", "...", "<<: *a\n", "\\", "\u0085", "\ufeff",
    ];

    [Fact]
    public void Damaged_register_files_give_diagnostics_never_exceptions()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Approver.RepoRoot, "register"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        Assert.NotEmpty(files);
        var random = new Random(20261121);
        var failures = new List<string>();
        var withDiagnostics = 0;

        for (var i = 0; i < Cases; i++)
        {
            var bytes = Mutate(files[random.Next(files.Count)], random);
            var bag = new DiagnosticBag();
            try
            {
                var node = SafeYamlReader.Read("fuzz.yaml", bytes, YamlLimits.Default, bag);
                if (node is not null)
                {
                    new ModelBinder(bag).Bind<ProcessingActivity>(node);
                }
            }
            catch (Exception ex)
            {
                failures.Add($"case {i}: {ex.GetType().Name}: {ex.Message}");
            }

            withDiagnostics += bag.Count > 0 ? 1 : 0;
        }

        Assert.Empty(failures);
        Assert.True(withDiagnostics > Cases / 2, $"only {withDiagnostics} of {Cases} damaged files gave a diagnostic");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 20), bytes.Count - at));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }
}
