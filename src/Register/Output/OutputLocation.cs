namespace Register.Output;

/// <summary>Where an output folder may be: never the register folder, inside it, or above it (a build there would own the register's own files).</summary>
public static class OutputLocation
{
    /// <summary>Throws <see cref="OutputWriteException"/> when <paramref name="outputDirectory"/> is the register folder, inside it or above it.</summary>
    public static void Check(string registerDirectory, string outputDirectory)
    {
        var register = RealPath(registerDirectory);
        var output = RealPath(outputDirectory);
        var reason = register == output ? "is the register folder"
            : IsInside(output, register) ? "is inside the register folder"
            : IsInside(register, output) ? "holds the register folder"
            : null;
        if (reason is not null)
        {
            throw new OutputWriteException(
                $"Refusing to build into {Path.GetFullPath(outputDirectory)}: it {reason} ({register}). Choose an output folder beside the register, e.g. --out output.");
        }
    }

    /// <summary>The full path with every link along it resolved; a looping link stays as written.</summary>
    public static string RealPath(string path) =>
        FileSystem.RealPath.Resolve(path) ?? Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || (Path.GetPathRoot(folder) == folder && path != folder);
}
