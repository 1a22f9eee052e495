using System.ComponentModel;

namespace Register.Model;

/// <summary>How articles are cited in rendered documents.</summary>
public enum CitationStyle
{
    [Description("As practitioners write it: art. 6 lid 1 sub f AVG, Art. 6 Abs. 1 lit. f DSGVO.")] Practitioner,
    [Description("The formal style: artikel 6, eerste lid, aanhef en onder f, AVG; Art. 6 Abs. 1 UAbs. 1 lit. f DS-GVO.")] Formal,
}
