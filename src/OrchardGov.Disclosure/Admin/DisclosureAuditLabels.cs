using OrchardGov.ContentManagement.Audit;

namespace OrchardGov.Disclosure.Admin;

/// <summary>The module's audit actions as the admin's audit page names them.</summary>
public static class DisclosureAuditLabels
{
    public static readonly AuditActionLabels Labels = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["catalog.entry.create"] = "新增公开事项",
            ["catalog.entry.update"] = "修改公开事项",
            ["catalog.domain"] = "标记未涉及领域",
            ["catalog.import"] = "导入目录",
            ["catalog.submit"] = "提交目录审核",
            ["catalog.approve"] = "目录审核通过",
            ["catalog.return"] = "目录审核退回",
            ["column.create"] = "新增栏目",
            ["column.rename"] = "栏目改名",
            ["column.move"] = "移动栏目",
            ["column.hide"] = "隐藏栏目",
            ["column.show"] = "显示栏目",
            ["column.remove"] = "删除栏目",
            ["article.create"] = "新建文章",
            ["article.update"] = "修改文章",
            ["article.publish"] = "发布文章",
            ["article.unpublish"] = "撤下文章",
            ["article.schedule"] = "定时发布",
            ["article.submit"] = "提交文章审核",
            ["article.approve"] = "文章审核通过",
            ["article.return"] = "文章审核退回",
            ["settings.disclosure"] = "修改政务公开设置",
            ["compliance.rule"] = "设定公开时限规则",
            ["calendar.load"] = "载入节假日安排",
            ["calendar.remove"] = "撤销载入的节假日安排",
        },
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["catalog."] = "目录（全部）",
            ["column."] = "栏目（全部）",
            ["article."] = "文章（全部）",
        });
}
