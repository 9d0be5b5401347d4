using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.SharedKernel.Paging;

public static class PageRequest
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>How far into a list a page may reach: far past any county's records, short of an offset that overflows.</summary>
    public const int MaxRows = 10_000_000;

    /// <summary>The last page a list may be asked for at this page size.</summary>
    public static int MaxPage(int pageSize) => MaxRows / pageSize;

    public static void Validate(int page, int pageSize, ValidationErrors errors)
    {
        if (page < 1)
        {
            errors.Add("page", new UserText("不能小于 1", "must be 1 or more"));
        }
        else if (pageSize is >= 1 and <= MaxPageSize && page > MaxPage(pageSize))
        {
            var max = MaxPage(pageSize);
            errors.Add("page", new UserText($"每页 {pageSize} 条时最多为 {max}", $"must be at most {max} with pageSize {pageSize}"));
        }

        errors.Range("pageSize", pageSize, 1, MaxPageSize);
    }
}
