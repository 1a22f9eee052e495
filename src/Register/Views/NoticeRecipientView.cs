namespace Register.Views;

/// <summary>A recipient described once per notice, with the activities it receives data from.</summary>
public sealed record NoticeRecipientView(RecipientView Recipient, IReadOnlyList<ActivityLinkView> Activities);
