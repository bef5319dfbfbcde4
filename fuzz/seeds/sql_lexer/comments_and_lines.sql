-- x /* y
SELECT /* a -- b */ 1 /** ** */ -- end