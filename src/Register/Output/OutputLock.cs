namespace Register.Output;

/// <summary>
/// An exclusive lock on an output folder (.register-lock), so two builds never write it at once. It is an operating-system
/// lock on an open file: it ends with the process, however the process ends, so a killed build never leaves it held.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".register-lock";

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock on <paramref name="root"/> (which must exist); throws <see cref="OutputWriteException"/> when another build holds it.</summary>
    public static OutputLock Take(string root)
    {
        var path = Path.Combine(root, FileName);
        try
        {
            // FileShare.None makes .NET take flock(LOCK_EX | LOCK_NB) on Unix and a share lock on Windows.
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException && File.Exists(path) && IsHeld(path))
        {
            throw new OutputWriteException($"Another build is writing {root} (it holds {path}); nothing was written. Wait for it to finish and run the build again.", e);
        }
    }

    /// <summary>True when a build holds the lock of <paramref name="root"/> right now.</summary>
    public static bool IsHeldOn(string root)
    {
        var path = Path.Combine(root, FileName);
        return File.Exists(path) && IsHeld(path);
    }

    private static bool IsHeld(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public void Dispose() => _stream.Dispose();
}
