namespace WorkPlanSite.Scaffolding;

/// <summary>
/// The logo <c>init</c> writes until the organisation puts its own in its place: a white tile with three bars, as a
/// work plan's timeline draws its activities, readable on the default theme's blue header and as a browser tab's icon.
/// </summary>
internal static class LogoPlaceholder
{
    /// <summary>Where <c>init</c> writes it, relative to the site's folder; the configuration names it as logo and favicon.</summary>
    public const string Path = "branding/logo.svg";

    /// <summary>The drawing.</summary>
    public const string Svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48">
          <!-- A placeholder made by "workplansite init": replace this file with your organisation's logo (SVG or PNG),
               and its "alt" texts in site.config.json with your organisation's name. -->
          <rect x="1" y="1" width="46" height="46" rx="8" fill="#ffffff" stroke="#0b4f8a" stroke-width="2"/>
          <rect x="9" y="12" width="22" height="6" rx="3" fill="#0b4f8a"/>
          <rect x="17" y="21" width="22" height="6" rx="3" fill="#9a3412"/>
          <rect x="9" y="30" width="16" height="6" rx="3" fill="#0b4f8a"/>
        </svg>

        """;
}
