using WorkPlanSite.Tests.Multilingual;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Pages;

/// <summary>
/// The three-language site (French by default, English, Polish) with pages of its own, translated unevenly:
/// <list type="bullet">
/// <item><c>about</c> in the three languages, with a slug in French and Polish, linking to the contact page and an activity;</item>
/// <item><c>about/team</c>, nested by its folder, in French and English only (Polish missing);</item>
/// <item><c>contact</c> in the three languages; <c>legal</c>, under <c>about</c> by its <c>parent:</c> key, in French only;</item>
/// <item>the home page's introduction in French and English;</item>
/// <item>an activity's text that links to the contact page.</item>
/// </list>
/// </summary>
internal static class OwnPageSite
{
    public static TinySite Create(string mode = "fallback", string? menus = null)
    {
        var config = ThreeLanguageSite.Config(mode);
        if (menus is not null)
        {
            config = config.Replace("\"buildDate\"", menus + ",\n  \"buildDate\"", StringComparison.Ordinal);
        }

        var site = ThreeLanguageSite.Create(mode);
        site.Write("site.config.json", config);
        site.Write("content/pages/about.yaml", "order: 1\n");
        site.Write("content/pages/about.fr.md", "---\ntitle: À propos\nslug: a-propos\ndescription: Qui nous sommes.\n---\n\nÉcrivez-nous : [contact](contact.fr.md), ou voyez [l'activité](../prog/activities/act.fr.md#description).\n");
        site.Write("content/pages/about.en.md", "---\ntitle: About us\n---\n\nWrite to us: [contact](contact.en.md).\n");
        site.Write("content/pages/about.pl.md", "---\ntitle: O nas\nslug: o-nas\n---\n\nNapisz do nas: [kontakt](contact.pl.md).\n");
        site.Write("content/pages/about/team.fr.md", "---\ntitle: Équipe\nslug: equipe\n---\n\nLe secrétariat. Retour à [la page](../about.fr.md).\n");
        site.Write("content/pages/about/team.en.md", "---\ntitle: Team\n---\n\nThe secretariat.\n");
        site.Write("content/pages/contact.yaml", "order: 2\n");
        site.Write("content/pages/contact.fr.md", "---\ntitle: Contact\n---\n\nsecretariat@example.org\n");
        site.Write("content/pages/contact.en.md", "---\ntitle: Contact\n---\n\nsecretariat@example.org\n");
        site.Write("content/pages/contact.pl.md", "---\ntitle: Kontakt\nslug: kontakt\n---\n\nsecretariat@example.org\n");
        site.Write("content/pages/legal.yaml", "parent: about\n");
        site.Write("content/pages/legal.fr.md", "---\ntitle: Mentions légales\nslug: mentions-legales\n---\n\nÉditeur : le réseau.\n");
        site.Write("content/pages/legal.en.md", "---\ntitle: Legal notice\n---\n\nPublisher: the network.\n");
        site.Write("content/pages/legal.pl.md", "---\ntitle: Nota prawna\n---\n\nWydawca: sieć.\n");
        site.Write("content/home.fr.md", "Bienvenue. Voir [qui nous sommes](pages/about.fr.md).\n");
        site.Write("content/home.en.md", "---\ntranslatedFrom: fr@00000000\n---\n\nWelcome. See [who we are](pages/about.en.md).\n");
        site.Write("content/prog/activities/other.fr.md", "---\ntitle: Autre activité\nslug: autre\nexpectedResults: Un autre résultat.\n---\n\nÉcrire au [secrétariat](../../pages/contact.fr.md).\n");
        return site;
    }
}
