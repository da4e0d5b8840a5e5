namespace WorkPlanSite.Scaffolding;

/// <summary>
/// The pages <c>workplansite init</c> writes in French and English, and the menus that lead to them: an "About" page,
/// a contact page, a legal notice and an accessibility statement following the EU model statement (Commission
/// Implementing Decision (EU) 2018/1523: conformance status, non-accessible content, preparation of the statement,
/// feedback and contact, enforcement procedure). What only the organisation knows is marked "To be completed" (in
/// bold, between brackets) for the secretariat to fill in; the site passes <c>check</c> as it is.
/// </summary>
internal static class StarterPages
{
    /// <summary>The menus of <c>site.config.json</c>, as its last key (written after <c>missingTranslations</c>).</summary>
    public const string Menus = """
          "menus": {
            "main": [
              { "page": "about" }
            ],
            "footer": [
              { "page": "contact" },
              { "page": "legal-notice" },
              { "page": "accessibility" }
            ]
          }
        """;

    /// <summary>The pages' files, by path under <c>content/pages/</c>.</summary>
    public static IEnumerable<(string Path, string Text)> Files()
    {
        yield return ("about.yaml", "# yaml-language-server: $schema=../../schemas/page.schema.json\n# Order among the pages (menus list them in the order of site.config.json).\norder: 1\n");
        yield return ("about.fr.md", """
            ---
            title: À propos
            slug: a-propos
            description: Qui nous sommes et ce que publie ce site.
            ---

            **[À compléter : présentez votre organisation en quelques phrases : qui elle réunit, ce qu'elle fait.]**

            Ce site publie nos programmes de travail : leurs objectifs, leurs activités, leurs dates clés et leur
            calendrier, en français et en anglais.

            Pour nous écrire, voyez la page [contact](contact.fr.md).

            """);
        yield return ("about.en.md", """
            ---
            title: About us
            description: Who we are and what this site publishes.
            ---

            **[To be completed: introduce your organisation in a few sentences: who it brings together, what it does.]**

            This site publishes our work programmes: their objectives, activities, key dates and timeline, in
            French and English.

            To write to us, see the [contact](contact.en.md) page.

            """);
        yield return ("contact.yaml", "# yaml-language-server: $schema=../../schemas/page.schema.json\norder: 2\n");
        yield return ("contact.fr.md", """
            ---
            title: Contact
            description: Comment nous écrire.
            ---

            - Adresse électronique : **[À compléter : l'adresse du secrétariat]**
            - Adresse postale : **[À compléter]**
            - Téléphone : **[À compléter, ou supprimer cette ligne]**

            """);
        yield return ("contact.en.md", """
            ---
            title: Contact
            description: How to write to us.
            ---

            - E-mail: **[To be completed: the secretariat's address]**
            - Postal address: **[To be completed]**
            - Telephone: **[To be completed, or delete this line]**

            """);
        yield return ("legal-notice.yaml", "# yaml-language-server: $schema=../../schemas/page.schema.json\norder: 3\n");
        yield return ("legal-notice.fr.md", """
            ---
            title: Mentions légales
            slug: mentions-legales
            description: L'éditeur et l'hébergeur de ce site, et les données personnelles.
            ---

            ## Éditeur

            **[À compléter : nom de l'organisation, forme juridique, adresse du siège, numéro d'enregistrement.]**

            Directeur ou directrice de la publication : **[À compléter]**

            ## Hébergement

            Le site est publié par GitHub Pages (GitHub, Inc., 88 Colin P. Kelly Jr. Street, San Francisco,
            CA 94107, États-Unis). **[À modifier si le site est publié ailleurs.]**

            ## Données personnelles

            Ce site ne dépose aucun cookie et ne mesure pas son audience. **[À modifier si vous en ajoutez.]**
            Pour toute question, voyez la page [contact](contact.fr.md).

            """);
        yield return ("legal-notice.en.md", """
            ---
            title: Legal notice
            description: The publisher and host of this site, and personal data.
            ---

            ## Publisher

            **[To be completed: name of the organisation, legal form, registered office, registration number.]**

            Director of publication: **[To be completed]**

            ## Hosting

            The site is published by GitHub Pages (GitHub, Inc., 88 Colin P. Kelly Jr. Street, San Francisco,
            CA 94107, United States). **[To be changed if the site is published elsewhere.]**

            ## Personal data

            This site sets no cookie and does not measure its audience. **[To be changed if you add any.]**
            For any question, see the [contact](contact.en.md) page.

            """);
        yield return ("accessibility.yaml", "# yaml-language-server: $schema=../../schemas/page.schema.json\norder: 4\n");
        yield return ("accessibility.fr.md", """
            ---
            title: Déclaration d'accessibilité
            slug: accessibilite
            description: La conformité de ce site aux règles d'accessibilité, ses limites, et comment nous signaler un problème.
            ---

            **[À compléter : nom de l'organisation]** s'engage à rendre son site internet accessible, conformément à
            **[À compléter : la loi nationale qui transpose la directive (UE) 2016/2102]**.

            La présente déclaration d'accessibilité s'applique au site **[À compléter : adresse du site]**.

            ## État de conformité

            Ce site est **[À compléter : totalement / partiellement / non]** conforme à la norme EN 301 549 et aux
            règles WCAG 2.1 de niveau AA, en raison des non-conformités énumérées ci-dessous.

            ## Contenus non accessibles

            Les contenus énumérés ci-dessous ne sont pas accessibles pour les raisons suivantes :

            - non-conformité : **[À compléter : chaque contenu non conforme et la règle qu'il ne respecte pas, ou
              « aucune connue »]** ;
            - charge disproportionnée : **[À compléter, ou « sans objet »]** ;
            - contenus hors du champ de la législation (par exemple des documents PDF publiés avant le
              23 septembre 2018) : **[À compléter, ou « sans objet »]**.

            ## Établissement de cette déclaration

            Cette déclaration a été établie le **[À compléter : date]**. Méthode utilisée :
            **[À compléter : auto-évaluation ou évaluation par un tiers]**. Le thème par défaut de WorkPlanSite, le
            logiciel qui fabrique ce site, est vérifié par axe-core et le validateur HTML Nu, au clavier et sur un
            écran de 320 pixels de large ; cela ne remplace pas votre évaluation.

            Dernière révision : **[À compléter : date]**.

            ## Retour d'information et contact

            Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez-nous pour obtenir une alternative
            accessible ou pour nous signaler un problème : **[À compléter : adresse électronique ou formulaire]**,
            ou voyez la page [contact](contact.fr.md).

            ## Procédure de mise en œuvre

            Si notre réponse ne vous satisfait pas, vous pouvez saisir **[À compléter : l'organisme chargé du
            contrôle dans votre pays, avec son adresse]**.

            """);
        yield return ("accessibility.en.md", """
            ---
            title: Accessibility statement
            description: How far this site meets the accessibility requirements, its limits, and how to tell us about a problem.
            ---

            **[To be completed: name of the organisation]** is committed to making its website accessible, in
            accordance with **[To be completed: the national law transposing Directive (EU) 2016/2102]**.

            This accessibility statement applies to **[To be completed: address of the site]**.

            ## Compliance status

            This website is **[To be completed: fully / partially / not]** compliant with standard EN 301 549 and
            the WCAG 2.1 level AA requirements, due to the non-compliances listed below.

            ## Non-accessible content

            The content listed below is non-accessible for the following reasons:

            - non-compliance: **[To be completed: each non-compliant content and the requirement it fails, or
              "none known"]**;
            - disproportionate burden: **[To be completed, or "not applicable"]**;
            - content not within the scope of the legislation (for example PDF documents published before
              23 September 2018): **[To be completed, or "not applicable"]**.

            ## Preparation of this accessibility statement

            This statement was prepared on **[To be completed: date]**. Method used: **[To be completed:
            self-assessment or assessment by a third party]**. The default theme of WorkPlanSite, the software
            that makes this site, is checked with axe-core and the Nu HTML checker, with the keyboard and on a
            screen 320 pixels wide; this does not replace your own assessment.

            Last reviewed: **[To be completed: date]**.

            ## Feedback and contact information

            If you cannot reach a content or a service, write to us for an accessible alternative or to report a
            problem: **[To be completed: e-mail address or form]**, or see the [contact](contact.en.md) page.

            ## Enforcement procedure

            If our answer does not satisfy you, you may refer the matter to **[To be completed: the monitoring
            body of your country, with its address]**.

            """);
    }
}
