namespace EduRelief.SharedKernel.Paging;

public static class PagedResultExtensions
{
    /// <summary>Pages a small list already in memory (townships, schools).</summary>
    public static PagedResult<T> ToPage<T>(this IReadOnlyList<T> all, int page, int pageSize) => new()
    {
        Items = all.Skip((page - 1) * pageSize).Take(pageSize).ToList(),
        Page = page,
        PageSize = pageSize,
        Total = all.Count,
    };
}
