namespace Register.Tests.Cli;

/// <summary>A register folder in a fresh temporary directory, deleted on dispose.</summary>
internal sealed class TempRegister : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "register-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Starts from a copy of a fixture register (see Cli/Fixtures).</summary>
    public TempRegister(string fixture = "valid")
    {
        Directory = Path.Combine(_root, "register");
        Copy(CliRun.Fixture(fixture), Directory);
    }

    /// <summary>The register folder.</summary>
    public string Directory { get; }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public TempRegister Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public TempRegister Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_root))
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
