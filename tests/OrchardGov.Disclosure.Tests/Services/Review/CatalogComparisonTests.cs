using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Review;
using static OrchardGov.Disclosure.Tests.Services.Review.TestCatalogVersions;

namespace OrchardGov.Disclosure.Tests.Services.Review;

public sealed class CatalogComparisonTests
{
    private static CatalogDifference CompareWithResubmitted(params CatalogEntry[] entries) =>
        CatalogComparison.Compare(Submitted(), Submitted() with { Entries = entries });

    [Fact]
    public void An_edited_time_limit_shows_as_exactly_one_change_with_the_old_and_new_text()
    {
        var difference = CompareWithResubmitted(
            Vaccination with { TimeLimit = "自信息形成或者变更之日起10个工作日内" }, HealthEducation, ScenicSpots);

        var changed = Assert.Single(difference.Changed);
        Assert.Equal("预防接种", changed.After.Item);
        Assert.Equal(
            new FieldChange("公开时限", "自信息形成或者变更之日起20个工作日内", "自信息形成或者变更之日起10个工作日内"),
            Assert.Single(changed.Changes));
        Assert.Empty(difference.Added);
        Assert.Empty(difference.Removed);
        Assert.Equal(2, difference.Unchanged);
    }

    [Fact]
    public void A_local_entry_the_township_added_shows_as_added()
    {
        var local = HealthEducation with { ContentItemId = "ce-local-clinic", Category = "基层医疗", Item = "村卫生室名录", Source = "", Order = 3 };

        var difference = CompareWithResubmitted(Vaccination, HealthEducation, ScenicSpots, local);

        Assert.Equal("村卫生室名录", Assert.Single(difference.Added).Item);
        Assert.Empty(difference.Changed);
        Assert.Equal(3, difference.Unchanged);
    }

    [Fact]
    public void A_deleted_entry_shows_as_removed()
    {
        var difference = CompareWithResubmitted(Vaccination, ScenicSpots);

        Assert.Equal("健康教育", Assert.Single(difference.Removed).Item);
        Assert.Empty(difference.Added);
        Assert.False(difference.IsEmpty);
    }

    [Fact]
    public void A_domain_marked_not_applicable_shows_with_its_reason()
    {
        var resubmitted = Submitted() with { Domains = [Health, Tourism with { NotApplicable = true, Reason = "本乡镇无A级旅游景区" }] };

        var difference = CatalogComparison.Compare(Submitted(), resubmitted);

        Assert.Equal(
            new DomainChange("tourism", "旅游", DomainChangeKind.MarkedNotApplicable, "", "本乡镇无A级旅游景区"),
            Assert.Single(difference.Domains));
    }

    [Fact]
    public void A_reworded_not_applicable_reason_shows_both_wordings()
    {
        var marked = Submitted() with { Domains = [Health, Tourism with { NotApplicable = true, Reason = "无景区" }] };
        var reworded = Submitted() with { Domains = [Health, Tourism with { NotApplicable = true, Reason = "本乡镇无A级旅游景区" }] };

        var change = Assert.Single(CatalogComparison.Compare(marked, reworded).Domains);

        Assert.Equal((DomainChangeKind.ReasonChanged, "无景区", "本乡镇无A级旅游景区"), (change.Kind, change.ReasonBefore, change.ReasonAfter));
    }

    [Fact]
    public void Channels_and_levels_given_in_another_order_are_no_change()
    {
        var reordered = Vaccination with
        {
            Channels = ["社区/企事业单位/村公示栏(电子屏)", "政府网站", "政务服务中心"], Levels = [DisclosureLevel.Township, DisclosureLevel.County],
        };

        var difference = CompareWithResubmitted(reordered, HealthEducation, ScenicSpots);

        Assert.True(difference.IsEmpty);
        Assert.Equal(3, difference.Unchanged);
    }

    [Fact]
    public void A_channel_taken_away_shows_the_channels_before_and_after_in_table_order()
    {
        var fewer = Vaccination with { Channels = ["社区/企事业单位/村公示栏(电子屏)", "政府网站"] };

        var changed = Assert.Single(CompareWithResubmitted(fewer, HealthEducation, ScenicSpots).Changed);

        Assert.Equal(
            new FieldChange("公开渠道", "政府网站、政务服务中心、社区/企事业单位/村公示栏(电子屏)", "政府网站、社区/企事业单位/村公示栏(电子屏)"),
            Assert.Single(changed.Changes));
    }

    [Fact]
    public void A_new_column_binding_source_or_row_order_is_no_change_a_reviewer_sees()
    {
        var rebound = Vaccination with { ColumnId = "ci-other", Source = "", Order = 9 };

        var difference = CompareWithResubmitted(rebound, HealthEducation, ScenicSpots);

        Assert.True(difference.IsEmpty);
    }

    [Fact]
    public void Identical_versions_show_no_difference_and_count_every_entry_unchanged()
    {
        var difference = CatalogComparison.Compare(Submitted(), CatalogSnapshot.FromJson(CatalogSnapshot.ToJson(Submitted())));

        Assert.True(difference.IsEmpty);
        Assert.Equal(3, difference.Unchanged);
    }

    [Fact]
    public void Changes_are_listed_in_domain_order_then_entry_order_and_fields_in_catalog_column_order()
    {
        var changed = CompareWithResubmitted(
            ScenicSpots with { ResponsibleUnit = "文旅站" },
            HealthEducation with { ResponsiblePerson = "李强", Method = DisclosureMethod.OnRequest },
            Vaccination with { Elements = "接种单位名称、地址" }).Changed;

        Assert.Equal(["预防接种", "健康教育", "A级景区名录"], changed.Select(c => c.After.Item));
        Assert.Equal(["公开方式", "责任人"], changed[1].Changes.Select(c => c.Field));
        Assert.Equal(new FieldChange("公开方式", "主动", "依申请"), changed[1].Changes[0]);
    }

    [Fact]
    public void An_entry_moved_to_another_domain_shows_the_domain_names()
    {
        var moved = ScenicSpots with { Domain = "health" };

        var changed = Assert.Single(CompareWithResubmitted(Vaccination, HealthEducation, moved).Changed);

        Assert.Equal(new FieldChange("所属领域", "旅游", "医疗卫生"), Assert.Single(changed.Changes));
    }

    [Fact]
    public void A_version_with_two_entries_sharing_an_id_is_refused_naming_both()
    {
        var twin = HealthEducation with { ContentItemId = Vaccination.ContentItemId };

        var error = Assert.Throws<ArgumentException>(() => CompareWithResubmitted(Vaccination, twin));

        Assert.Contains("newer", error.Message);
        Assert.Contains("health / 公共卫生服务事项 / 预防接种", error.Message);
        Assert.Contains("health / 公共卫生服务事项 / 健康教育", error.Message);
    }
}
