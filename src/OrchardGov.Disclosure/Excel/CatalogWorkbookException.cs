using OrchardGov.ContentManagement;

namespace OrchardGov.Disclosure.Excel;

/// <summary>A workbook that cannot be imported: every problem found, each naming its sheet and row.</summary>
public sealed class CatalogWorkbookException(IReadOnlyList<string> problems)
    : UserInputException($"目录文件有 {problems.Count} 处问题，未导入任何内容：\n" + string.Join("\n", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
