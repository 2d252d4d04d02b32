namespace OrchardGov.Portal.BrowserTests.Pages;

/// <summary>Theory data: every <see cref="PageKind"/>, each with every variant (a mode, a screen width).</summary>
public static class EveryPage
{
    public static TheoryData<PageKind, T> With<T>(params T[] variants)
    {
        var data = new TheoryData<PageKind, T>();
        foreach (var kind in Enum.GetValues<PageKind>())
        {
            foreach (var variant in variants)
            {
                data.Add(kind, variant);
            }
        }

        return data;
    }
}
