a = 1; b = 2
c = 3;
if x: a; b; c
import os; import sys
