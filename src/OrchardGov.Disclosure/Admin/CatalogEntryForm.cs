using System.ComponentModel.DataAnnotations;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Admin;

/// <summary>Every element of a catalog entry as the edit form posts it; the rules themselves are <c>CatalogEntryRules</c>'.</summary>
public sealed class CatalogEntryForm
{
    [Display(Name = "领域")]
    [Required(ErrorMessage = "请选择领域。")]
    public string Domain { get; set; } = "";

    [Display(Name = "一级事项")]
    [Required(ErrorMessage = "请填写一级事项。")]
    public string Category { get; set; } = "";

    [Display(Name = "二级事项")]
    [Required(ErrorMessage = "请填写二级事项。")]
    public string Item { get; set; } = "";

    [Display(Name = "公开内容（要素）")]
    public string? Elements { get; set; }

    [Display(Name = "公开依据")]
    public string? LegalBasis { get; set; }

    [Display(Name = "公开时限")]
    public string? TimeLimit { get; set; }

    [Display(Name = "公开主体")]
    public string? ResponsibleBody { get; set; }

    public List<string> Channels { get; set; } = [];

    [Display(Name = "公开对象")]
    public Audience Audience { get; set; }

    [Display(Name = "公开方式")]
    public DisclosureMethod Method { get; set; }

    [Display(Name = "不予公开理由")]
    public string? WithheldReason { get; set; }

    public List<DisclosureLevel> Levels { get; set; } = [];

    [Display(Name = "责任科室")]
    public string? ResponsibleUnit { get; set; }

    [Display(Name = "责任人")]
    public string? ResponsiblePerson { get; set; }

    [Display(Name = "栏目")]
    public string? ColumnId { get; set; }

    public static CatalogEntryForm From(CatalogEntry entry) => new()
    {
        Domain = entry.Domain, Category = entry.Category, Item = entry.Item, Elements = entry.Elements, LegalBasis = entry.LegalBasis,
        TimeLimit = entry.TimeLimit, ResponsibleBody = entry.ResponsibleBody, Channels = [.. entry.Channels], Audience = entry.Audience,
        Method = entry.Method, WithheldReason = entry.WithheldReason, Levels = [.. entry.Levels], ResponsibleUnit = entry.ResponsibleUnit,
        ResponsiblePerson = entry.ResponsiblePerson, ColumnId = entry.ColumnId,
    };

    /// <summary>The entry as saved: the id says which entry (empty: a new local one); the channels keep the table's order.</summary>
    public CatalogEntry ToEntry(string contentItemId) => new()
    {
        ContentItemId = contentItemId, Domain = Domain, Category = Category, Item = Item, Elements = Elements ?? "",
        LegalBasis = LegalBasis ?? "", TimeLimit = TimeLimit ?? "", ResponsibleBody = ResponsibleBody ?? "",
        Channels = DisclosureChannels.InTableOrder(Channels), Audience = Audience, Method = Method, WithheldReason = WithheldReason ?? "",
        Levels = Levels.Distinct().Order().ToList(), ResponsibleUnit = ResponsibleUnit ?? "", ResponsiblePerson = ResponsiblePerson ?? "",
        ColumnId = string.IsNullOrWhiteSpace(ColumnId) ? null : ColumnId,
    };
}
