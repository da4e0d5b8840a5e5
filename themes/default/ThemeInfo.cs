using WorkPlanSite.Themes;

[assembly: WorkPlanSiteTheme("default", typeof(WorkPlanSite.Themes.Default.PageView))]
