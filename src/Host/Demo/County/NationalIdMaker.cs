using System.Globalization;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Host.Demo.County;

/// <summary>
/// Valid, distinct resident ID numbers (GB 11643) for the demo county's people: an area code of the county or a
/// neighbour, the birth date, a sequence whose last digit says the sex (odd male), and the ISO 7064 MOD 11-2 check
/// character from <see cref="NationalId.ComputeCheckCharacter"/>.
/// </summary>
internal sealed class NationalIdMaker(Random random)
{
    /// <summary>The demo county (a made-up code in Guizhou's 52 range) and two neighbours children are born in too.</summary>
    public static readonly string[] AreaCodes = ["529901", "529901", "529901", "529902", "529903"];

    private readonly HashSet<string> _made = new(StringComparer.Ordinal);

    public string Next(DateOnly birthDate, bool male)
    {
        while (true)
        {
            var area = AreaCodes[random.Next(AreaCodes.Length)];
            var sequence = (random.Next(500) * 2) + (male ? 1 : 0);
            var first17 = string.Concat(
                area,
                birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                sequence.ToString("000", CultureInfo.InvariantCulture));
            var id = first17 + NationalId.ComputeCheckCharacter(first17);
            if (_made.Add(id))
            {
                return id;
            }
        }
    }
}
