using Register.Pipeline;

namespace Register.Tests.RealClients;

/// <summary>The example register built into a temporary output folder, as <c>register build</c> writes it.</summary>
public sealed class BuiltExample : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public BuiltExample()
    {
        var result = BuildPipeline.Render(Pipeline.RenderedExample.Directory, Pipeline.RenderedExample.Options);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Output = Path.Combine(_scratch.Path, "output");
        foreach (var file in result.Files)
        {
            var target = Path.Combine(Output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        }

        Files = result.Files.Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The output folder.</summary>
    public string Output { get; }

    /// <summary>Every file's path relative to <see cref="Output"/>, '/'-separated, in ordinal order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>A scratch folder for what the programs write (profiles, PDFs), deleted with this object.</summary>
    public string Scratch(string name)
    {
        var path = Path.Combine(_scratch.Path, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose() => _scratch.Dispose();
}
