namespace Register.Tests.Workflow;

/// <summary>The test classes that install the tool share one <see cref="ToolFeed"/>: its Native AOT pack takes minutes.</summary>
[CollectionDefinition(Name)]
public sealed class ToolFeedCollection : ICollectionFixture<ToolFeed>
{
    public const string Name = "tool feed";
}
