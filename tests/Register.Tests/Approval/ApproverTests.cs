namespace Register.Tests.Approval;

public sealed class ApproverTests
{
    [Fact]
    public void Repo_root_holds_the_solution() =>
        Assert.True(File.Exists(Path.Combine(Approver.RepoRoot, "Register.sln")));

    [Fact]
    public void Matching_text_passes_and_differing_text_fails_with_a_received_file()
    {
        const string Method = nameof(Matching_text_passes_and_differing_text_fails_with_a_received_file);
        var source = Path.Combine(Approver.RepoRoot, "tests/Register.Tests/Approval/ApproverTests.cs");
        Approver.Verify("approved text\n", "txt", null, source, Method, accept: false);

        var error = Assert.ThrowsAny<Exception>(() => Approver.Verify("other text\n", "txt", null, source, Method, accept: false));
        var received = Path.Combine(Approver.RepoRoot, "tests/Register.Tests/Approval/ApproverTests.Matching_text_passes_and_differing_text_fails_with_a_received_file.received.txt");
        Assert.Contains("differs", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(received));
        File.Delete(received);
    }
}
