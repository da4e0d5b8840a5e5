namespace WorkPlanSite.Scaffolding;

/// <summary>
/// The texts new files start with, in the language of the file (French and English; other languages get the
/// English ones): what to write where, so that a secretariat member can fill them in without the reference.
/// </summary>
internal sealed record Placeholders(
    string ProgrammeTitle,
    string Organisation,
    string ProgrammeSummary,
    string ProgrammeBody,
    string ObjectiveTitle,
    string ObjectiveResults,
    string ObjectiveBody,
    string ActivityTitle,
    string ActivityResults,
    string ActivityBody,
    string SlugComment,
    string PageTitle,
    string PageDescription,
    string PageBody)
{
    private static readonly Placeholders French = new(
        "Nouveau programme de travail",
        "Nom de l'organisation",
        "Une ou deux phrases qui présentent le programme, pour la page d'accueil et les moteurs de recherche.",
        "Présentation du programme, en Markdown : son contexte, ses priorités, sa démarche.",
        "Intitulé de l'objectif",
        "Les résultats attendus de l'objectif.",
        "Description de l'objectif, en Markdown.",
        "Intitulé de l'activité",
        "Les résultats attendus de l'activité.",
        "Description de l'activité, en Markdown : ses actions, son calendrier, ses partenaires.",
        "l'adresse de la page en français ; par défaut, l'identifiant",
        "Titre de la page",
        "Une ou deux phrases qui présentent la page, pour les moteurs de recherche et les liens partagés.",
        "Le texte de la page, en Markdown. Un lien vers une autre page du site s'écrit avec le chemin de son fichier, par exemple « [la page d'accueil](../home.md) ».");

    private static readonly Placeholders English = new(
        "New work programme",
        "Name of the organisation",
        "One or two sentences introducing the programme, for the home page and search engines.",
        "Introduction to the programme, in Markdown: its context, its priorities, its approach.",
        "Title of the objective",
        "The expected results of the objective.",
        "Description of the objective, in Markdown.",
        "Title of the activity",
        "The expected results of the activity.",
        "Description of the activity, in Markdown: its actions, timetable and partners.",
        "the page's address in this language; by default, the id",
        "Title of the page",
        "One or two sentences introducing the page, for search engines and shared links.",
        "The page's text, in Markdown. A link to another page of the site is written with the path of its file, for example \"[the home page](../home.md)\".");

    public static Placeholders For(string language) => language == "fr" || language.StartsWith("fr-", StringComparison.Ordinal) ? French : English;
}
