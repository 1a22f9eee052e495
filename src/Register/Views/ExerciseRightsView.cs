namespace Register.Views;

/// <summary>
/// How to exercise the rights (Art. 12): where to send a request, that it is free (12(5)), the one-month deadline
/// (12(3)), what happens when a request is refused (12(4)) and that the identity may be checked (12(6)).
/// </summary>
public sealed record ExerciseRightsView(string How, ContactView Contact, string Free, string Deadline, string Refusal, string Identity);
