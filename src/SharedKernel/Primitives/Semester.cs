namespace EduRelief.SharedKernel.Primitives;

public enum Semester
{
    Spring = 1,
    Autumn = 2,
}
