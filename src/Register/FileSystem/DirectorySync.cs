using System.Runtime.InteropServices;

namespace Register.FileSystem;

/// <summary>
/// Makes the entries of a folder durable: on Linux and macOS a rename or a new file is on disk only once its folder is
/// flushed (fsync of the folder itself), so the output writer flushes the staging folder before its journal counts and
/// each folder it renamed into before the journal ends. On Windows (NTFS journals its metadata) it does nothing.
/// </summary>
public static class DirectorySync
{
    private const int InvalidArgument = 22; // EINVAL: the file system cannot flush a folder (some network and FUSE ones)

    /// <summary>Flushes <paramref name="directory"/>'s entries to disk; throws <see cref="IOException"/> when that fails.</summary>
    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = NativeFiles.Open(directory, NativeFiles.ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open the folder {directory} to flush it (error {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (NativeFiles.Sync(descriptor) != 0 && Marshal.GetLastPInvokeError() is var error && error != InvalidArgument)
            {
                throw new IOException($"Could not flush the folder {directory} to disk (error {error}).");
            }
        }
        finally
        {
            _ = NativeFiles.Close(descriptor);
        }
    }
}
