using EduRelief.SharedKernel.Localization;

namespace EduRelief.SharedKernel.Errors;

/// <summary>A caller who sees IDs masked has looked up too many national IDs that do not exist. Becomes a 429 and an audited refusal.</summary>
public sealed class TooManyLookupsException(TimeSpan retryAfter) : Exception(Describe(retryAfter))
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    private static UserText Describe(TimeSpan retryAfter)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        return new UserText(
            $"按身份证号查询未找到的次数过多，请 {minutes} 分钟后再试",
            $"too many lookups by national ID found nothing; try again in {minutes} minute(s)");
    }
}
