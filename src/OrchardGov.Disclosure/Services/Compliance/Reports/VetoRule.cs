namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>The update rules among the single-veto items (单项否决) of 国办秘函〔2019〕19号.</summary>
public enum VetoRule
{
    /// <summary>首页不更新: nothing new on the home page for 2 weeks.</summary>
    HomePageNotUpdated,

    /// <summary>栏目不更新: 5 or more 动态要闻 / 通知公告与政策文件 columns not updated in time.</summary>
    StaleColumns,

    /// <summary>栏目不更新: 10 or more columns that should have been updated but were not.</summary>
    ColumnsNotUpdated,

    /// <summary>栏目不更新: 5 or more blank columns (空白栏目).</summary>
    BlankColumns,
}
