using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Tests.Services;

public sealed class CatalogColumnPlannerTests
{
    private static readonly Domain Health = new() { Key = "health", Name = "医疗卫生", Order = 1 };

    private static CatalogEntry Entry(string category, string item, DisclosureMethod method, int order) => new()
    {
        Domain = "", Category = category, Item = item, Method = method, Order = order, Levels = [DisclosureLevel.Township],
    };

    [Fact]
    public void Every_proactive_entry_gets_its_own_column_under_domain_and_category_and_no_other_entry_gets_one()
    {
        var plan = CatalogColumnPlanner.Plan(Health,
        [
            Entry("公共卫生服务事项", "预防接种", DisclosureMethod.Proactive, 1),
            Entry("公共卫生服务事项", "健康教育", DisclosureMethod.Proactive, 2),
            Entry("行政许可", "母婴保健技术服务机构执业许可", DisclosureMethod.OnRequest, 3),
            Entry("履职依据", "涉密文件", DisclosureMethod.Withheld, 4),
        ], StandardColumns.All);

        var tree = new ColumnTree(StandardColumns.All.Concat(plan.AddedColumns), []);
        var proactive = plan.Entries.Where(e => e.IsProactive).ToList();
        Assert.Equal(2, proactive.Select(e => e.ColumnId).Distinct().Count());
        Assert.All(plan.Entries.Where(e => !e.IsProactive), e => Assert.Null(e.ColumnId));
        Assert.Equal("政府信息公开 > 政务公开事项标准目录 > 医疗卫生 > 公共卫生服务事项 > 预防接种", tree.PathOf(proactive[0].ColumnId!));
        Assert.Equal("/431202001/zfxxgk/bzml/health/c01/i02/", tree.UrlOf("431202001", proactive[1].ColumnId!));
        // A category with no proactive entry has no column.
        Assert.DoesNotContain(plan.AddedColumns, c => c.Title == "行政许可");
    }

    [Fact]
    public void Planning_again_over_the_planned_columns_adds_nothing_and_keeps_every_binding()
    {
        var entries = new[] { Entry("公共卫生服务事项", "预防接种", DisclosureMethod.Proactive, 1), Entry("政策文件", "规范性文件", DisclosureMethod.Proactive, 2) };
        var first = CatalogColumnPlanner.Plan(Health, entries, StandardColumns.All);
        var again = CatalogColumnPlanner.Plan(first.Domain, first.Entries, StandardColumns.All.Concat(first.AddedColumns).ToList());

        Assert.Empty(again.AddedColumns);
        Assert.Equal(first.Entries.Select(e => e.ColumnId), again.Entries.Select(e => e.ColumnId));
    }

    [Fact]
    public void Policy_document_columns_are_expected_to_be_updated_every_six_months_and_service_columns_are_static()
    {
        Assert.Equal(FreshnessClass.NoticesAndPolicies, CatalogColumnPlanner.FreshnessOf("政策文件", "规范性文件"));
        Assert.Equal(FreshnessClass.Static, CatalogColumnPlanner.FreshnessOf("公共卫生服务事项", "预防接种"));
    }
}
