Console.WriteLine("wdms");
