using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Indexes;

/// <summary>Removes the index rows of replaced documents from every index table of the model.</summary>
internal static class IndexRowDeleter
{
    private static readonly MethodInfo DeleteFromTableMethod =
        typeof(IndexRowDeleter).GetMethod(nameof(DeleteFromTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, Func<StoreDbContext, List<long>, Task>> DeleteByType = new();

    public static async Task DeleteAsync(StoreDbContext db, List<long> documentIds)
    {
        if (documentIds.Count == 0)
        {
            return;
        }

        foreach (var provider in db.StoreModel.IndexProviders)
        {
            var delete = DeleteByType.GetOrAdd(provider.IndexType, type =>
                DeleteFromTableMethod.MakeGenericMethod(type).CreateDelegate<Func<StoreDbContext, List<long>, Task>>());
            await delete(db, documentIds);
        }
    }

    private static Task DeleteFromTableAsync<TIndex>(StoreDbContext db, List<long> documentIds) where TIndex : IndexRow =>
        db.Set<TIndex>().Where(row => documentIds.Contains(row.DocumentId)).ExecuteDeleteAsync();
}
