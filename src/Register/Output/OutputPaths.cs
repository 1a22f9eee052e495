namespace Register.Output;

/// <summary>
/// Which relative paths the build may write: '/'-separated segments of letters, digits, '.', '-' and '_', none of them
/// empty, '.' or '..', none starting with '.' and none a Windows device name, so no id or output name can lead outside the
/// output folder or name a device.
/// </summary>
public static class OutputPaths
{
    public const int MaxSegmentLength = 120;

    public static bool IsSafe(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > 400)
        {
            return false;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment.Length > MaxSegmentLength || segment[0] == '.' || !segment.All(IsAllowed) || IsWindowsDeviceName(segment))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The full path of a safe relative path under <paramref name="root"/>; throws for an unsafe one (a bug: producers validate their names).</summary>
    public static string Resolve(string root, string path)
    {
        // The manifest and the document cache are the files of ours whose names start with '.'; producers can never make those names.
        if (!IsSafe(path) && path != OutputManifest.FileName && path != DocumentCache.FileName)
        {
            throw new ArgumentException($"Refusing to write '{path}': not a safe relative path.", nameof(path));
        }

        var full = Path.GetFullPath(Path.Combine(root, path));
        var rootWithSeparator = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Refusing to write '{path}': it resolves outside the output folder.", nameof(path));
        }

        return full;
    }

    /// <summary>CON, PRN, AUX, NUL, COM1–9, LPT1–9 in any case, alone or before a '.': names Windows keeps for devices.</summary>
    public static bool IsWindowsDeviceName(string segment)
    {
        var stem = segment.Split('.')[0].ToUpperInvariant();
        return stem is "CON" or "PRN" or "AUX" or "NUL"
            || (stem.Length == 4 && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal)) && stem[3] is >= '1' and <= '9');
    }

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_';
}
