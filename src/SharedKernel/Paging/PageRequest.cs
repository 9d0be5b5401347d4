using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.SharedKernel.Paging;

public static class PageRequest
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static void Validate(int page, int pageSize, ValidationErrors errors)
    {
        if (page < 1)
        {
            errors.Add("page", new UserText("不能小于 1", "must be 1 or more"));
        }

        errors.Range("pageSize", pageSize, 1, MaxPageSize);
    }
}
