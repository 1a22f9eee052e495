using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>One notice in one language: the register's notice, its resolved view and the phrases of that language.</summary>
public sealed record NoticeVersion(Notice Notice, NoticeView View, PhraseBook Phrases);
