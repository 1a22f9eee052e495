using System.Globalization;
using Register.Instrumentation;
using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>Resolves a notice of the register into a <see cref="NoticeView"/> in one language: the notice's legal logic lives here.</summary>
public static class NoticeViewBuilder
{
    public static NoticeView Build(Notice notice, NoticeContext context)
    {
        var register = context.Register;
        var organisation = register.Organisation;
        var phrases = context.Phrases;
        var anchors = new NoticeAnchors();
        var sections = notice.Sections.Select(s => Section(s, context, anchors)).ToList();
        var covered = NoticeCoverage.Activities(notice, register);
        var measuresUsed = covered.SelectMany(a => a.SecurityMeasures).ToHashSet(StringComparer.Ordinal);
        var version = VersionStamp.Of(notice, organisation);
        var dateWords = DateWords.Format(version, phrases);

        var controller = Controller(notice, context);
        var rights = Rights(covered, context);
        var complaint = new ComplaintView(
            phrases.Format("notice.complaint_text", ("citation", context.Cite(GdprProvisions.Complaint)), ("organisation", ShortName(organisation))),
            Authority(organisation.SupervisoryAuthority, context))
        {
            Local = notice.LocalAuthorities.Select(a => LocalAuthority(a, context)).ToList(),
        };
        var activities = sections.SelectMany(s => s.Activities).DistinctBy(a => a.Id).ToList();

        return new NoticeView
        {
            Id = notice.Id,
            Language = context.Language,
            LanguageName = phrases.Get("language.name"),
            Title = context.Text(notice.Title, notice, "title", $"the title of notice '{notice.Id}'"),
            Intro = context.Optional(notice.Intro, notice, "intro", $"the intro of notice '{notice.Id}'"),
            VersionDate = dateWords,
            VersionDateIso = version.Iso,
            VersionLine = phrases.Format("notice.version", ("date", dateWords)),
            Summary = NoticeSummaryBuilder.Summary(controller, activities, rights, complaint, covered, context),
            Controller = controller,
            Sections = sections,
            Cookies = Cookies(covered, context),
            Recipients = NoticeSummaryBuilder.Recipients(activities),
            Retention = NoticeSummaryBuilder.RetentionTable(activities),
            Rights = rights,
            ExerciseRights = NoticeSummaryBuilder.ExerciseRights(controller, context),
            Objection = Objection(covered, context),
            Withdrawal = Withdrawal(covered, context),
            Complaint = complaint,
            // A statement of fact (Art. 13(2)(f)): made only when the register says so for every activity the notice covers.
            NoAutomatedDecisions = covered.Count > 0 && covered.All(a => a.AutomatedDecisions is { IsNone: true })
                ? phrases.Get("notice.no_automated_decisions")
                : null,
            Security = register.Measures
                .Where(m => measuresUsed.Contains(m.Id))
                .Select(m => new SecurityMeasureView(
                    context.Text(m.Name, m, "name", $"the name of measure '{m.Id}'"),
                    context.Optional(m.Description, m, "description", $"the description of measure '{m.Id}'")))
                .ToList(),
            CodesOfConduct = organisation.CodesOfConduct
                .Select(c => new CodeOfConductView(context.Text(c.Name, c, "name", "the name of a code of conduct"), c.Url))
                .ToList(),
            Changes = notice.ShowChanges ? Changes(notice, context) : [],
            OtherLanguages = NoticeCoverage.Languages(notice, register)
                .Where(l => l != context.Language)
                .Select(l => new LanguageVersionView(l, LanguageName(l, context), $"{notice.Output}.{l}.html"))
                .ToList(),
        };
    }

    private static NoticeSectionView Section(NoticeSection section, NoticeContext context, NoticeAnchors anchors)
    {
        var anchor = anchors.Claim(section.Id);
        var covered = NoticeCoverage.Activities(section, context.Register);
        var single = covered.Count == 1 && section.ThirdPartyPages.Count == 0;
        // A section of one activity is that activity's part: one heading, one anchor (no "## Livechat / ### Livechat").
        return new NoticeSectionView
        {
            Id = section.Id,
            Anchor = anchor,
            Title = context.Text(section.Title, section, "title", $"the title of section '{section.Id}'"),
            Intro = context.Optional(section.Intro, section, "intro", $"the intro of section '{section.Id}'"),
            Activities = covered
                .Select(a => ActivityViewBuilder.Build(a, context, single ? anchor : anchors.Claim(a.Id), anchors))
                .ToList(),
            ThirdPartyPages = section.ThirdPartyPages.Select(p => ThirdPartyPage(p, section, context)).ToList(),
            ThirdPartyPagesText = section.ThirdPartyPages.Count == 0 ? null : context.Phrases.Get("notice.third_party_pages_text"),
            IsSingleActivity = single,
        };
    }

    // Only what the register gives about the link; the general text says what following it means.
    private static ThirdPartyPageView ThirdPartyPage(ThirdPartyPage page, NoticeSection section, NoticeContext context) => new()
    {
        Name = context.Text(page.Name, page, "name", $"the name of a link in section '{section.Id}'"),
        Url = Clean(page.Url),
        Provider = Clean(page.Provider),
        Address = page.Address is { } address ? ContactWords.Line(address, context) : null,
        PrivacyPolicy = Clean(page.PrivacyPolicy),
        OptOut = Clean(page.OptOut),
        Description = context.Optional(page.Description, page, "description", $"the description of a link in section '{section.Id}'"),
    };

    private static CookiesView? Cookies(IReadOnlyList<ProcessingActivity> covered, NoticeContext context)
    {
        var website = covered.Where(a => a.OnWebsite).ToList();
        var policy = Clean(context.Register.Organisation.CookiePolicy);
        var phrases = context.Phrases;
        var listed = website.SelectMany(a => (a.Cookies ?? []).Select(c => (Activity: a, Cookie: c))).ToList();
        // "No cookies" is a statement of fact: made only when every website activity of the notice says 'cookies: none'.
        var none = website.Count > 0 && website.All(a => a.Cookies is { Count: 0 });
        if (website.Count == 0 || (listed.Count == 0 && !none && policy is null))
        {
            return null;
        }

        var rows = listed.Select(l => Cookie(l.Cookie, l.Activity, context)).Distinct().ToList();
        return new CookiesView
        {
            // What the table lists, then what its "consent" column means for the grounds it shows.
            Text = rows.Count == 0
                ? null
                : string.Join(" ", new[]
                {
                    phrases.Get("notice.cookies_text"),
                    listed.Any(l => l.Cookie.Ground == CookieGround.Consent) ? phrases.Get("notice.cookies_consent_text") : null,
                    listed.Any(l => l.Cookie.Ground == CookieGround.StrictlyNecessary) ? phrases.Get("notice.cookies_necessary_text") : null,
                }.OfType<string>()),
            Cookies = rows,
            NoCookies = none ? phrases.Get("notice.cookies_none") : null,
            PolicyText = policy is null ? null : phrases.Format("notice.cookie_policy", ("url", policy)),
        };
    }

    private static CookieView Cookie(Cookie cookie, ProcessingActivity activity, NoticeContext context)
    {
        // The validator refuses a cookie without a known provider, a duration or a ground (REG274–REG276); a gap left
        // here is noted for the tests, never filled with a claim.
        var phrases = context.Phrases;
        var provider = cookie.IsOwn ? ShortName(context.Register.Organisation)
            : context.Register.Recipients.FirstOrDefault(r => r.Id == cookie.Provider?.Trim()) is { } recipient
                ? context.Text(recipient.Name, recipient, "name", $"the name of recipient '{recipient.Id}'")
                : Gap(cookie, "provider", $"no recipient '{cookie.Provider}' for cookie '{cookie.Name}'");
        return new CookieView(
            cookie.Name.Trim(),
            provider,
            context.Text(cookie.Purpose, cookie, "purpose", $"the purpose of cookie '{cookie.Name}' of activity '{activity.Id}'"),
            cookie.IsSession ? phrases.Get("notice.cookie_session")
                : cookie.DurationPeriod is { } period ? PeriodWords.Format(period, phrases)
                : Gap(cookie, "duration", $"no duration for cookie '{cookie.Name}'"),
            cookie.Ground is { } ground
                ? phrases.Get("notice.cookie_ground." + Naming.ToYamlKey(ground.ToString()))
                : Gap(cookie, "ground", $"no ground for cookie '{cookie.Name}'"));
    }

    private static string Gap(ModelNode node, string key, string what)
    {
        ViewGaps.Note($"{node.LocationOf(key)}: {what}");
        return "";
    }

    private static string ShortName(Organisation organisation) =>
        string.IsNullOrWhiteSpace(organisation.TradeName) ? organisation.Name : organisation.TradeName.Trim();

    private static ControllerView Controller(Notice notice, NoticeContext context)
    {
        var organisation = context.Register.Organisation;
        var contacts = organisation.Contacts;
        var name = string.IsNullOrWhiteSpace(organisation.TradeName) || organisation.TradeName == organisation.Name
            ? organisation.Name
            : $"{organisation.Name} ({organisation.TradeName})";
        return new ControllerView
        {
            Statement = context.Phrases.Format("notice.controller_text", ("article", CompanyArticle.For(name, context.Phrases)), ("name", name)),
            Organisation = new ContactView
            {
                Name = organisation.Name,
                Address = organisation.Address is { } address ? ContactWords.Lines(address, context) : [],
                AddressLine = organisation.Address is { } line ? ContactWords.Line(line, context) : null,
                Email = Clean(organisation.Email),
                Phone = Clean(organisation.Phone),
                Url = organisation.Website,
                Form = Clean(organisation.ContactForm),
            },
            Registration = string.IsNullOrWhiteSpace(organisation.RegistrationNumber)
                ? null
                : context.Phrases.Format("notice.registration", ("number", organisation.RegistrationNumber.Trim())),
            Privacy = ContactWords.Contact(contacts.Privacy, null, context),
            DpoTitle = contacts.Dpo is { } titled ? DpoTitle(ContactWords.Contact(titled, null, context), titled, context.Phrases) : context.Phrases.Get("notice.dpo"),
            Dpo = contacts.Dpo is { } dpo ? WithoutTitle(ContactWords.Contact(dpo, null, context), dpo, context.Phrases) : null,
            EuRepresentative = contacts.EuRepresentative is { } representative ? ContactWords.Contact(representative, null, context) : null,
            JointControllersText = notice.JointControllers.Count == 0
                ? null
                : context.Phrases.Format(notice.JointControllers.Count == 1 ? "notice.joint_controllers_text.one" : "notice.joint_controllers_text.other", ("citation", context.Cite(GdprProvisions.JointControllers))),
            JointControllers = notice.JointControllers
                .Select(id => organisation.GroupEntities.FirstOrDefault(g => g.Id == id))
                .OfType<GroupEntity>()
                .Select(g => SharedController(g, context))
                .ToList(),
        };
    }

    /// <summary>
    /// The DPO's heading, from the register: the title in the form of the DPO's gender ("Datenschutzbeauftragte"), else
    /// the DPO's job title in the reader's language, else the general title. Never a title of another language.
    /// </summary>
    private static string DpoTitle(ContactView contact, ContactPoint dpo, PhraseBook phrases) =>
        dpo.Gender is { } gender ? phrases.Get("notice.dpo_title." + Naming.ToYamlKey(gender.ToString()))
        : contact.JobTitle is { } title ? RetentionWords.Capitalise(title)
        : phrases.Get("notice.dpo");

    // A job title that only repeats the heading above the contact is not written twice.
    private static ContactView WithoutTitle(ContactView contact, ContactPoint dpo, PhraseBook phrases) =>
        string.Equals(contact.JobTitle, DpoTitle(contact, dpo, phrases), StringComparison.OrdinalIgnoreCase) ? contact with { JobTitle = null } : contact;

    private static SharedControllerView SharedController(GroupEntity entity, NoticeContext context)
    {
        var contact = entity.Contact is { } point ? ContactWords.Contact(point, entity.Address, context) : new ContactView();
        return new SharedControllerView(
            contact with
            {
                Name = contact.Name is { } name && name != entity.Name ? $"{entity.Name}, {name}" : entity.Name,
                Address = entity.Address is { } address ? ContactWords.Lines(address, context) : contact.Address,
                AddressLine = entity.Address is { } line ? ContactWords.Line(line, context) : contact.AddressLine,
            },
            context.Optional(entity.Arrangement, entity, "arrangement", $"the arrangement with '{entity.Id}'"));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IReadOnlyList<RightView> Rights(IReadOnlyList<ProcessingActivity> covered, NoticeContext context)
    {
        // Each right's text names only the grounds that apply to these activities (gdpr-reference.md section 9); which
        // rights are shown is NoticeRights' rule, the validator's too.
        var holding = NoticeRights.Conditions(covered);
        var shown = NoticeRights.Shown(holding);
        return context.Vocabulary.Rights
            .Where(r => shown.Contains(r.Id))
            .Select(r => new RightView(
                r.Id,
                context.Text(r.Label, r, "label", $"the name of the right '{r.Id}'"),
                context.Cite(ArticleRefs.Parse(r.Article)),
                r.Explain(holding, context.Language) ?? context.Text(r.Description, r, "description", $"the description of the right '{r.Id}'")))
            .ToList();
    }

    private static ObjectionView? Objection(IReadOnlyList<ProcessingActivity> covered, NoticeContext context)
    {
        var phrases = context.Phrases;
        var general = NoticeRights.ObjectablePurposes(covered).ToList();
        var kept = NoticeRights.ObjectableKeptAfter(covered).ToList();
        var marketing = covered.Any(a => a.Purposes.Any(p => p.DirectMarketing));
        if (general.Count == 0 && kept.Count == 0 && !marketing)
        {
            return null;
        }

        var bases = general.SelectMany(g => g.Purpose.Bases()).Concat(kept.Select(k => k.Extension.Basis))
            .Where(GdprProvisions.CarriesObjection).Distinct().Order().Select(b => context.Cite(GdprProvisions.Basis(b))).ToList();
        // Data kept after a purpose on (e) or (f) are listed by why they are kept ("to defend ourselves against legal claims").
        var purposes = general
            .Select(g => context.Text(g.Purpose.Description, g.Purpose, "description", $"the description of purpose '{g.Purpose.Id}' of activity '{g.Activity.Id}'"))
            .Concat(kept.Select(k => context.Text(k.Extension.Reason, k.Extension, "reason", $"why activity '{k.Activity.Id}' keeps data after the retention period")))
            .Select(text => ListWords.Item(text, phrases))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var contact = ObjectionContact(context);
        return new ObjectionView(
            general.Count == 0 && kept.Count == 0
                ? null
                : phrases.Format(
                    "notice.objection_text",
                    ("bases", ListWords.Or(bases, phrases)),
                    ("citation", context.Cite(GdprProvisions.Objection)),
                    // Purposes often contain commas themselves, so they are separated by semicolons.
                    ("purposes", string.Join("; ", purposes)),
                    ("contact", contact)),
            marketing
                ? phrases.Format(
                    "notice.objection_marketing",
                    ("citation", context.Cite(GdprProvisions.ObjectionToDirectMarketing)),
                    ("citation_stop", context.Cite(GdprProvisions.DirectMarketingStops)),
                    ("contact", contact))
                : null);
    }

    /// <summary>
    /// Where to object, with the first way to reach it the register gives: the contact for objections where the register
    /// names one (by its name), else the privacy contact.
    /// </summary>
    private static string ObjectionContact(NoticeContext context)
    {
        var contacts = context.Register.Organisation.Contacts;
        var point = contacts.Objection ?? contacts.Privacy;
        var reach = new[] { point.Email, point.Url, point.Phone }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        var contact = contacts.Objection is { } objection && context.Optional(objection.Name, objection, "name", "the name of the contact for objections") is { } name
            ? name
            : context.Phrases.Get("notice.objection_contact");
        return reach is null ? contact : $"{contact} ({reach})";
    }

    private static WithdrawalView? Withdrawal(IReadOnlyList<ProcessingActivity> covered, NoticeContext context)
    {
        // Only where consent is the basis: 6(1)(a) for a purpose, or 9(2)(a) for special categories.
        var consenting = covered.Where(HasConsentBasis).ToList();
        if (consenting.Count == 0)
        {
            return null;
        }

        var how = new List<string>();
        foreach (var activity in consenting)
        {
            var name = context.Text(activity.Name, activity, "name", $"the name of activity '{activity.Id}'");
            foreach (var purpose in activity.Purposes.Where(p => p.Basis == LegalBasis.Consent || activity.SpecialCategories is not null))
            {
                if (context.Optional(purpose.Withdrawal, purpose, "withdrawal", $"how to withdraw consent for purpose '{purpose.Id}'") is { } text)
                {
                    how.Add($"{name}: {text}");
                }
            }

            foreach (var (purpose, alternative) in activity.Purposes.SelectMany(p => p.Alternatives.Where(a => a.Basis == LegalBasis.Consent).Select(a => (p, a))))
            {
                if (context.Optional(alternative.Withdrawal, alternative, "withdrawal", $"how to withdraw consent for purpose '{purpose.Id}'") is { } text)
                {
                    how.Add($"{name}: {text}");
                }
            }
        }

        return new WithdrawalView(
            context.Phrases.Format("notice.withdrawal_text", ("citation", context.Cite(GdprProvisions.WithdrawConsent))),
            how.Distinct().ToList());
    }

    /// <summary>True when the activity rests on consent: 6(1)(a) for a purpose or 9(2)(a) for special categories.</summary>
    public static bool HasConsentBasis(ProcessingActivity activity) =>
        activity.Purposes.Any(p => p.Bases().Any(GdprProvisions.IsConsent))
        || activity.SpecialCategories?.Condition == Article9Condition.ExplicitConsent;

    private static ContactView Authority(SupervisoryAuthorityRef reference, NoticeContext context)
    {
        var builtIn = reference.Id is { Length: > 0 } id ? context.Vocabulary.FindAuthority(id) : null;
        if (reference.Id is { Length: > 0 } unknown && builtIn is null)
        {
            ViewGaps.Note($"{reference.LocationOf("id")}: no supervisory authority '{unknown}'");
        }

        var name = reference.Name ?? builtIn?.Name;
        var address = reference.Address ?? builtIn?.Address;
        return new ContactView
        {
            Name = name is null ? null : context.Optional(name, (ModelNode?)builtIn ?? reference, "name", "the name of the supervisory authority"),
            Address = address is null ? [] : ContactWords.Lines(address, context),
            AddressLine = address is null ? null : ContactWords.Line(address, context),
            Email = reference.Email ?? builtIn?.Email,
            Phone = reference.Phone ?? builtIn?.Phone,
            Url = reference.Url ?? builtIn?.Url,
        };
    }

    // "Wenn Sie in Nordrhein-Westfalen wohnen oder arbeiten, …": a built-in authority's territory (none for one that is
    // not competent for a territory, such as the BfDI), else the country of the authority the register describes, else
    // no place.
    private static LocalAuthorityView LocalAuthority(SupervisoryAuthorityRef reference, NoticeContext context)
    {
        var builtIn = reference.Id is { Length: > 0 } id ? context.Vocabulary.FindAuthority(id) : null;
        var place = builtIn is not null ? builtIn.Place?.Get(context.Language)
            : reference.Address?.Country is { Length: > 0 } country ? CountryPlace(country, reference, context)
            : null;
        var text = place is null
            ? context.Phrases.Get("notice.complaint_local_unplaced")
            : context.Phrases.Format("notice.complaint_local", ("place", place));
        return new LocalAuthorityView(text, Authority(reference, context));
    }

    // "in den Niederlanden": the country's place where "in" and its name would be wrong, else "in" and the name.
    private static string CountryPlace(string code, SupervisoryAuthorityRef reference, NoticeContext context) =>
        context.Vocabulary.FindCountry(code)?.Place?.Get(context.Language) is { Length: > 0 } place
            ? place
            : context.Phrases.Format("notice.in_country", ("country", context.CountryName(code, reference, "address")));

    private static IReadOnlyList<ChangeView> Changes(Notice notice, NoticeContext context) =>
        context.Register.Changes
            .Select((change, index) => (change, index))
            .Where(c => c.change.Notices.Count == 0 || c.change.Notices.Contains(notice.Id))
            .OrderByDescending(c => c.change.Date)
            .ThenBy(c => c.index)
            .Select(c => new ChangeView(
                DateWords.Format(c.change.Date, context.Phrases),
                c.change.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                context.Text(c.change.Summary, c.change, "summary", "the summary of a change")))
            .ToList();

    private static string LanguageName(string language, NoticeContext context) =>
        context.Vocabulary.Languages.TryGetValue(language, out var term)
            ? term.Name.Get(language) ?? term.Name.Get(context.Language) ?? language
            : language;
}
