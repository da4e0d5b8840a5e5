using System.Text;

namespace WorkPlanSite.Benchmarks.Generator;

/// <summary>Plausible French and English filler text: titles, sentences and Markdown bodies of about 400 words.</summary>
internal sealed class Prose(Random random)
{
    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["fr"] = ("collectivités territoriales politique européenne réseau coopération développement durable associations membres " +
                  "programme objectif activité partenariat citoyens égalité climat énergie mobilité numérique cohésion " +
                  "gouvernance locale régionale échange expériences formation capacités financement projets villes régions " +
                  "dialogue transition écologique sociale économique stratégie action plan suivi évaluation résultats " +
                  "communication visibilité institutions commission parlement conseil comité groupe experts thématique " +
                  "intégration inclusion solidarité démocratie participation jeunesse culture patrimoine innovation").Split(' '),
        ["en"] = ("local regional governments european policy network cooperation sustainable development member associations " +
                  "programme objective activity partnership citizens equality climate energy mobility digital cohesion " +
                  "governance exchange experience training capacity funding projects cities regions dialogue green " +
                  "transition social economic strategy action plan monitoring evaluation results communication visibility " +
                  "institutions commission parliament council committee group experts thematic integration inclusion " +
                  "solidarity democracy participation youth culture heritage innovation").Split(' '),
    };

    public string Word(string language) => Words[language][random.Next(Words[language].Length)];

    public string Slug() => $"{Words["en"][random.Next(Words["en"].Length)]}-{Words["en"][random.Next(Words["en"].Length)]}";

    public string Title(string language, int words)
    {
        var title = string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(language)));
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    public string Sentence(string language)
    {
        var sentence = string.Join(' ', Enumerable.Range(0, 8 + random.Next(12)).Select(_ => Word(language)));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    public string Sentences(string language, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Sentence(language)));

    /// <summary>About 400 words: paragraphs, a heading, a list, a table and a link.</summary>
    public string Body(string language, int n)
    {
        var text = new StringBuilder();
        text.Append(Sentences(language, 6)).Append("\n\n");
        text.Append("### ").Append(Title(language, 3)).Append("\n\n");
        for (var i = 0; i < 6; i++)
        {
            text.Append("- ").Append(Title(language, 6 + random.Next(4))).Append('\n');
        }

        text.Append('\n').Append(Sentences(language, 3))
            .Append(" [").Append(Title(language, 3)).Append("](https://example.org/").Append(language).Append("/documents/").Append(n).Append(") ")
            .Append(Sentences(language, 2)).Append("\n\n");
        text.Append(language == "fr" ? "| Étape | Période | Responsable |\n" : "| Step | Period | Lead |\n");
        text.Append("|---|---|---|\n");
        for (var i = 1; i <= 4; i++)
        {
            text.Append("| ").Append(Title(language, 3)).Append(" | ").Append(2020 + i).Append(" | ").Append(Title(language, 2)).Append(" |\n");
        }

        text.Append('\n').Append(Sentences(language, 7)).Append("\n\n");
        text.Append(Sentences(language, 5)).Append('\n');
        return text.ToString();
    }
}
