using System.Runtime.InteropServices;

namespace Register.FileSystem;

/// <summary>The few libc file calls .NET does not offer (Linux and macOS): opening a folder or a FIFO by descriptor.</summary>
internal static class NativeFiles
{
    /// <summary>O_RDONLY on Linux and macOS.</summary>
    public const int ReadOnly = 0;

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Sync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Close(int descriptor);
}
