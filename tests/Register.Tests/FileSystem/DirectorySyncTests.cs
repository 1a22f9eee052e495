using Register.FileSystem;

namespace Register.Tests.FileSystem;

public sealed class DirectorySyncTests
{
    [Fact]
    public void A_folder_is_flushed_and_a_missing_one_is_an_IO_error_naming_it()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("a.txt", "a");

        DirectorySync.Flush(scratch.Path);
        var missing = Path.Combine(scratch.Path, "missing");
        var error = Assert.Throws<IOException>(() => DirectorySync.Flush(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
