using OrchardGov.ContentManagement.Features;

namespace OrchardGov.Disclosure;

/// <summary>The features of the Disclosure module.</summary>
public static class Manifest
{
    public static readonly FeatureDescriptor Disclosure = new(
        "OrchardGov.Disclosure", "政务公开",
        "政务公开事项标准目录、领域栏目与政府信息；启用时建立内容类型。");
}
