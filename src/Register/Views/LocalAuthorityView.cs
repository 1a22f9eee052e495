namespace Register.Views;

/// <summary>An authority the complaint section names as an example for readers in its territory: the sentence introducing it, and the authority.</summary>
public sealed record LocalAuthorityView(string Text, ContactView Authority);
