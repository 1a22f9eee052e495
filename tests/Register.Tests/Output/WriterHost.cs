using Register.Output;

namespace Register.Tests.Output;

/// <summary>
/// The test assembly's entry point, used only by <see cref="OutputKillTests"/>: `dotnet Register.Tests.dll write SOURCE OUT`
/// writes the files under SOURCE into OUT with the real <see cref="OutputWriter"/>, in a process the test can kill.
/// </summary>
public static class WriterHost
{
    public static int Main(string[] args)
    {
        if (args is not ["write", var source, var output])
        {
            Console.Error.WriteLine("usage: Register.Tests.dll write SOURCE OUT");
            return 2;
        }

        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Select(f => new OutputFile(Path.GetRelativePath(source, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToList();
        Console.Out.WriteLine("ready");
        Console.Out.Flush();
        OutputWriter.Write(output, files);
        return 0;
    }
}
