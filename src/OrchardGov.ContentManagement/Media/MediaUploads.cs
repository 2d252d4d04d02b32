using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Media;

/// <summary>
/// Stores an editor's upload in the site's media folder under <c>{yyyy}/{MM}/</c> once <see cref="UploadCheck"/>
/// has accepted it. A refused file is reported and nothing is written; a name already taken gets a number.
/// </summary>
public sealed class MediaUploads(SiteMedia media, UploadPolicy policy, TimeProvider clock)
{
    /// <summary>The stored file's media path, e.g. <c>2026/11/通知.pdf</c>.</summary>
    public async Task<string> SaveAsync(Site site, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var verdict = await UploadCheck.CheckAsync(fileName, content, policy, cancellationToken);
        if (!verdict.Accepted)
        {
            throw new UserInputException(verdict.Problem!);
        }

        var now = clock.GetUtcNow().ToOffset(ChinaTime.Offset);
        var folder = $"{now:yyyy}/{now:MM}";
        var directory = Path.Combine(media.Root, site.Code, folder);
        Directory.CreateDirectory(directory);
        var name = verdict.StoredName!;
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        var temporary = Path.Combine(directory, $".upload-{Guid.NewGuid():N}");
        try
        {
            await using (var file = File.Create(temporary))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            for (var copy = 1; ; copy++)
            {
                try
                {
                    File.Move(temporary, Path.Combine(directory, name));
                    return $"{folder}/{name}";
                }
                catch (IOException) when (File.Exists(Path.Combine(directory, name)) && copy < 1000)
                {
                    name = $"{stem}({copy}){extension}";
                }
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
